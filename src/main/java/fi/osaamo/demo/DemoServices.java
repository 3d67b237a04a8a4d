package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NewFinancials;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.NewService;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
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

	private final FinancialRecords financials;

	private final Clock clock;

	private final CompanyRegister registry;

	private final DemoContacts contacts;

	DemoServices(ServiceCatalogue catalogue, NeedManagement needs, FinancialRecords financials, Clock clock,
			DemoContacts contacts, CompanyRegister registry) {
		this.contacts = contacts;
		this.registry = registry;
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
		var plan = new Plan(city, actor, catalogue.services(city, false), new Random(2026), LocalDate.now(clock));
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
			figures(plan.city(), company, plan.actor(), plan.random(), plan.today().getYear());
		}
		for (int n = 0; n <= i % 2; n++) {
			var need = NEEDS[(i + n) % NEEDS.length];
			// Spread over the past twelve months, so that the needs over time show a
			// trend.
			var chartedOn = plan.today().minusMonths((i * 5L + n * 7L) % 12).minusDays(plan.random().nextInt(25));
			var id = needs.chart(plan.city(), company,
					new NewNeed(NeedKind.valueOf(need[0]), need[1], Urgency.values()[plan.random().nextInt(3)]),
					plan.actor(), chartedOn);
			// Some needs are still waiting for a referral.
			if (i % 4 != 3 || n != 0) {
				refer(plan, id);
			}
		}
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
		if (!catalogue.services(city, true).isEmpty()) {
			return;
		}
		add(city, "Rekrytointipalvelu ja koulutus", ServiceKind.RECRUITMENT, "Rantalan kaupunki, työllisyyspalvelut",
				"Rekrytointiapu sekä rekrytointiin liittyvä koulutus ja valmennus.", "rekry@rantala.invalid");
		add(city, "Henkilöstön osaamisen kehittäminen", ServiceKind.TRAINING, "Rantalan ammattiopisto",
				"Yrityskohtainen ryhmävalmennus ja ammatillisen koulutuksen ohjaus.", "yrityspalvelut@rao.invalid");
		add(city, "Teknologiamuutoksen tuki", ServiceKind.TECHNOLOGY, "Rantalan kehitysyhtiö",
				"Sparrausta teknologisen muutoshankkeen ja osaamisen johtamisen tueksi.", "sparraus@kehitys.invalid");
		add(city, "Oppisopimuskoulutus", ServiceKind.APPRENTICESHIP, "Rantalan ammattiopisto",
				"Oppisopimuksen suunnittelu ja työpaikkaohjaajan koulutus.", "oppisopimus@rao.invalid");
	}

	/**
	 * Made-up key figures of the last three fiscal years the register has no statement
	 * of, said to be so in their source.
	 */
	private void figures(OrganisationId city, CompanyRef company, PersonId actor, Random random, int thisYear) {
		var revenue = 500_000L + random.nextInt(7_500_000);
		var personnel = 5 + random.nextInt(55);
		// The team records only what the register does not have: a figure of its own
		// beside
		// a filed statement would contradict it.
		var filed = registry.financialStatements(company.businessId())
			.stream()
			.map(statement -> statement.periodEnd().getYear())
			.collect(Collectors.toSet());
		for (int year = thisYear - 3; year < thisYear; year++) {
			var margin = -0.05 + random.nextDouble() * 0.17;
			if (filed.contains(year)) {
				continue;
			}
			financials.record(city, company, new NewFinancials(year, revenue, Math.round(revenue * margin), personnel,
					"Tilinpäätös " + year + " (demoaineisto, keksityt luvut)"), actor);
			revenue = Math.round(revenue * (0.9 + random.nextDouble() * 0.3));
			personnel = Math.max(1, personnel + random.nextInt(7) - 2);
		}
	}

	private void add(OrganisationId city, String name, ServiceKind kind, String provider, String description,
			String contact) {
		catalogue.add(city, new NewService(name, kind, provider, description, contact));
	}

}
