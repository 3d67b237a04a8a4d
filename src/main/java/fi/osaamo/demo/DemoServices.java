package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.companies.Urgency;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import org.springframework.stereotype.Component;

/**
 * The demo city's service catalogue: the pilot's growth deals of the spec, as the growth
 * team would enter them.
 */
@Component
class DemoServices {

	private static final String[][] NEEDS = { { "WORKFORCE", "Kaksi hitsaajaa syksyksi" },
			{ "COMPETENCE", "Työnjohtajien esihenkilötaidot" }, { "TECHNOLOGY", "Tuotannonohjausjärjestelmän valinta" },
			{ "DEVELOPMENT", "Oppisopimuspaikkoja nuorille" }, { "COMPETENCE", "Robottihitsauksen osaaja" },
			{ "WORKFORCE", "Kesätyöntekijät varastoon" } };

	private final ServiceCatalogue catalogue;

	private final NeedManagement needs;

	private final DemoFinancials financials;

	private final Clock clock;

	private final DemoContacts contacts;

	private final DemoCatalogue demoCatalogue;

	DemoServices(ServiceCatalogue catalogue, NeedManagement needs, DemoFinancials financials, Clock clock,
			DemoContacts contacts, DemoCatalogue demoCatalogue) {
		this.demoCatalogue = demoCatalogue;
		this.contacts = contacts;
		this.financials = financials;
		this.catalogue = catalogue;
		this.needs = needs;
		this.clock = clock;
	}

	/**
	 * The growth team's first year of work, once: needs charted with some of the demo
	 * companies over the past year and referred to the catalogue's services, a few of
	 * them met, and made-up key figures for the first companies' years the trade register
	 * has no statement of, so that the dashboard's ecosystem map and charts have
	 * something to show; and the contact persons and contact log, once too.
	 * @param city the demo city
	 * @param actor the demo growth-team member
	 * @param companies the demo companies
	 */
	void cooperation(OrganisationId city, PersonId actor, List<Organisation> companies) {
		contacts.seed(city, actor, companies);
		if (!needs.recentlyChanged(city, 1).isEmpty()) {
			return;
		}
		cooperate(new Plan(city, actor, catalogue.services(city, false), new Random(2026), LocalDate.now(clock)),
				companies);
	}

	private void cooperate(Plan plan, List<Organisation> companies) {
		for (int i = 0; i < companies.size(); i++) {
			var company = companies.get(i);
			if (company.businessId() != null) {
				cooperate(plan, new CompanyRef(company.businessId().value(), company.name(), company.industryCode()),
						i);
			}
		}
	}

	/**
	 * The i-th company's figures (the first six), one or two needs and their referrals.
	 */
	private void cooperate(Plan plan, CompanyRef company, int i) {
		if (i < 6) {
			financials.figures(plan.city(), company, plan.actor(), plan.random(), plan.today().getYear());
		}
		for (int n = 0; n <= i % 2; n++) {
			// Spread over the past twelve months, so that the needs over time show a
			// trend.
			var id = chart(plan, company, NEEDS[(i + n) % NEEDS.length], (i * 5L + n * 7L) % 12);
			// Some needs are still waiting for a referral.
			if (i % 4 != 3 || n != 0) {
				refer(plan, id);
			}
		}
	}

	private UUID chart(Plan plan, CompanyRef company, String[] need, long monthsAgo) {
		var chartedOn = plan.today().minusMonths(monthsAgo).minusDays(plan.random().nextInt(25));
		return needs.chart(plan.city(), company,
				new NewNeed(NeedKind.valueOf(need[0]), need[1], Urgency.values()[plan.random().nextInt(3)]),
				plan.actor(), chartedOn);
	}

	private void refer(Plan plan, UUID need) {
		var service = plan.services().get(plan.random().nextInt(plan.services().size()));
		var referral = needs.refer(plan.city(), need, service.id(),
				plan.today().plusDays(3 + plan.random().nextInt(40)), Language.FI, 0, plan.actor());
		if (plan.random().nextInt(3) == 0) {
			needs.recordOutcome(plan.city(), referral, "Palvelu vastasi tarpeeseen.", true, plan.actor());
		}
	}

	/**
	 * What the demo team's cooperation is seeded with: the team, who records it, the
	 * services to refer to, the draws and today.
	 */
	private record Plan(OrganisationId city, PersonId actor, List<ServiceOffer> services, Random random,
			LocalDate today) {
	}

	void seed(OrganisationId city) {
		demoCatalogue.seed(city);
	}

}
