package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.CompanyAccount;
import fi.osaamo.companies.ContactEntry;
import fi.osaamo.companies.ContactPersons;
import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.companies.FinancialYear;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.RegisteredCompany;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The team's account of a company as its page shows it: account manager, contact persons,
 * contact log, needs with their referrals and the key figures, with the page's forms as
 * last posted.
 */
@Component
class AccountPanels {

	private final Teams teams;

	private final AccountManagement accounts;

	private final ContactPersons persons;

	private final NeedManagement needs;

	private final ServiceCatalogue catalogue;

	private final FinancialRecords financials;

	AccountPanels(Teams teams, AccountManagement accounts, ContactPersons persons, NeedManagement needs,
			ServiceCatalogue catalogue, FinancialRecords financials) {
		this.teams = teams;
		this.accounts = accounts;
		this.persons = persons;
		this.needs = needs;
		this.catalogue = catalogue;
		this.financials = financials;
	}

	CompanyPage.AccountPanel panel(Teams.Team team, RegisteredCompany company, PersonId viewer, Forms forms,
			Locale locale, LocalDate today) {
		var account = accounts.findAccount(team.id(), company.businessId()).orElse(null);
		var contacts = accounts.contacts(team.id(), company.businessId(), viewer);
		var years = financials.yearByYear(team.id(), company.businessId());
		var people = people(account, contacts, years);
		return new CompanyPage.AccountPanel(team.name(), account, teams.members(team.id()), teams.pseudonyms(people),
				persons.persons(team.id(), company.businessId()), contacts,
				needs.needs(team.id(), company.businessId()), catalogue.services(team.id(), false),
				forms.contact() == null ? ContactForm.empty(today) : forms.contact(),
				forms.need() == null ? NeedForm.empty() : forms.need(),
				forms.referral() == null ? new ReferralForm(null, null, null, null) : forms.referral(),
				FinancialsChart.of(years, locale),
				forms.financials() == null ? FinancialsForm.empty(today.getYear() - 1) : forms.financials(), today);
	}

	/**
	 * The people the panel names: who logged the contacts, who recorded figures, and the
	 * account manager.
	 */
	private static Set<PersonId> people(@Nullable CompanyAccount account, List<ContactEntry> contacts,
			List<FinancialYear> years) {
		var people = new HashSet<PersonId>();
		contacts.forEach(contact -> people.add(contact.author()));
		years.stream()
			.map(FinancialYear::recorded)
			.filter(Objects::nonNull)
			.forEach(year -> people.add(year.recordedBy()));
		if (account != null && account.manager() != null) {
			people.add(account.manager());
		}
		return people;
	}

	/**
	 * The page's forms as last posted, where a save was refused.
	 */
	record Forms(@Nullable ContactForm contact, @Nullable NeedForm need, @Nullable ReferralForm referral,
			@Nullable FinancialsForm financials) {

		static final Forms NONE = new Forms(null, null, null, null);

	}

}
