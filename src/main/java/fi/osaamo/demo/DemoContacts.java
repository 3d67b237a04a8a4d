package fi.osaamo.demo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.AccountPortfolio;
import fi.osaamo.companies.Channel;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.ConsentScope;
import fi.osaamo.companies.ContactPersons;
import fi.osaamo.companies.ContactSource;
import fi.osaamo.companies.NewContact;
import fi.osaamo.companies.NewContactPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The demo team's contact persons at the first demo companies, some of them willing to be
 * reached by the bot, and a contact log spread over the past year, so that the company
 * list's "not contacted in six months" and the account managers show something at once.
 */
@Component
class DemoContacts {

	private static final String[] ROLES = { "Toimitusjohtaja", "Henkilöstöpäällikkö", "Tuotantopäällikkö",
			"Talousjohtaja" };

	private final ContactPersons persons;

	private final AccountManagement accounts;

	private final AccountPortfolio portfolio;

	private final Clock clock;

	DemoContacts(ContactPersons persons, AccountManagement accounts, AccountPortfolio portfolio, Clock clock) {
		this.persons = persons;
		this.accounts = accounts;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/**
	 * Seeds the contacts once: not if the first company already has contact persons.
	 * @param city the demo city
	 * @param actor the demo growth-team member
	 * @param companies the demo companies
	 */
	void seed(OrganisationId city, PersonId actor, List<Organisation> companies) {
		var refs = refs(companies);
		if (refs.isEmpty() || !persons.persons(city, refs.get(0).businessId()).isEmpty()) {
			return;
		}
		var today = LocalDate.now(clock);
		for (int i = 0; i < refs.size(); i++) {
			seed(city, actor, refs.get(i), i, today);
		}
		portfolio.assignManager(city, refs.subList(0, Math.min(4, refs.size())), actor);
	}

	private static List<CompanyRef> refs(List<Organisation> companies) {
		return companies.stream()
			.filter(company -> company.businessId() != null)
			.map(company -> new CompanyRef(company.businessId().value(), company.name(), company.industryCode()))
			.toList();
	}

	/** The i-th company's one or two contact persons and its last contact. */
	private void seed(OrganisationId city, PersonId actor, CompanyRef company, int i, LocalDate today) {
		for (int n = 0; n <= i % 2; n++) {
			persons.add(city, company, person(company, i * 2 + n, today), actor);
		}
		// A third of the companies was last met over six months ago, a third lately,
		// and the rest never.
		if (i % 3 != 2) {
			accounts.logContact(city, company, contact(i, today), actor);
		}
	}

	/** The i-th company's last contact: over six months ago or lately. */
	private static NewContact contact(int i, LocalDate today) {
		var months = i % 3 == 0 ? 8 + i % 4 : 1 + i % 3;
		return new NewContact(today.minusMonths(months).minusDays(i), i % 2 == 0 ? Channel.MEETING : Channel.PHONE,
				ROLES[i % ROLES.length], null, "kartoitus", false);
	}

	private static NewContactPerson person(CompanyRef company, int index, LocalDate today) {
		var given = DemoRegion.GIVEN_NAMES.get(index % DemoRegion.GIVEN_NAMES.size());
		var family = DemoRegion.FAMILY_NAMES.get((index * 7) % DemoRegion.FAMILY_NAMES.size());
		var consent = consent(index);
		return new NewContactPerson(given + " " + family, ROLES[index % ROLES.length],
				"040 " + (1000000 + index * 7919 % 9000000), email(given, family, company), Set.copyOf(consent),
				consent.isEmpty() ? null : today.minusDays(30 + index),
				index % 2 == 0 ? ContactSource.TEAM : ContactSource.WEBSITE);
	}

	private static EnumSet<ConsentScope> consent(int index) {
		return switch (index % 3) {
			case 0 -> EnumSet.of(ConsentScope.TEAM_CONTACT, ConsentScope.BOT_OUTREACH);
			case 1 -> EnumSet.of(ConsentScope.TEAM_CONTACT);
			default -> EnumSet.noneOf(ConsentScope.class);
		};
	}

	private static String email(String given, String family, CompanyRef company) {
		var domain = ascii(company.name()).replaceAll("[^a-z]", "");
		return ascii(given) + "." + ascii(family) + "@" + domain + ".invalid";
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
