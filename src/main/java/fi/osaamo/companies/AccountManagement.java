package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's company accounts: the account manager and the contact log.
 */
@Service
public class AccountManagement {

	private final AccountRepository repository;

	private final ContactRepository contacts;

	private final AccountManagerReports reports;

	private final OrganisationManagement organisations;

	private final Clock clock;

	AccountManagement(AccountRepository repository, ContactRepository contacts, AccountManagerReports reports,
			OrganisationManagement organisations, Clock clock) {
		this.repository = repository;
		this.contacts = contacts;
		this.reports = reports;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The team's account of a company.
	 * @param team the team
	 * @param businessId the company
	 * @return the account, if the team has touched the company
	 */
	public Optional<CompanyAccount> findAccount(OrganisationId team, String businessId) {
		return repository.find(team, businessId);
	}

	/**
	 * Names the company's account manager, or none.
	 * @param team the team
	 * @param company the company
	 * @param manager a growth-team member of the team, or {@code null} for none
	 * @param version the account's version the user saw (0 for a new account)
	 */
	@Transactional
	public void assignManager(OrganisationId team, CompanyRef company, @Nullable PersonId manager, int version) {
		if (manager != null && !organisations.hasRole(manager, team, Role.GROWTH_TEAM)) {
			throw new InvalidInputException("manager", "companies.manager.notInTeam");
		}
		repository.change(team, company, "manager_id", manager == null ? null : manager.value(), version);
	}

	/**
	 * Records the company's size class as the team knows it, or clears it.
	 * @param team the team
	 * @param company the company
	 * @param size its size class, or {@code null} for not known
	 * @param version the account's version the user saw (0 for a new account)
	 */
	@Transactional
	public void classifySize(OrganisationId team, CompanyRef company, @Nullable SizeClass size, int version) {
		repository.change(team, company, "size_class", size == null ? null : size.name(), version);
	}

	/**
	 * The companies the team has put in a size class.
	 * @param team the team
	 * @param size the size class
	 * @return their business IDs
	 */
	public Set<String> ofSize(OrganisationId team, SizeClass size) {
		return repository.ofSize(team, size);
	}

	/**
	 * Every size class the team has recorded.
	 * @param team the team
	 * @return size class by business ID
	 */
	public Map<String, SizeClass> sizeClasses(OrganisationId team) {
		return repository.sizeClasses(team);
	}

	/**
	 * Logs a contact with a company.
	 * @param team the team
	 * @param company the company
	 * @param contact what happened
	 * @param author who logs it
	 * @return the entry's id
	 */
	@Transactional
	public UUID logContact(OrganisationId team, CompanyRef company, NewContact contact, PersonId author) {
		var checked = ContactChecks.checked(contact, LocalDate.now(clock));
		ensureAccount(team, company);
		var id = UUID.randomUUID();
		contacts.insert(id, team, company, checked, author);
		return id;
	}

	/**
	 * The contact log of a company, newest first; confidential notes are withheld from
	 * all but their author, the account manager and administrators.
	 * @param team the team
	 * @param businessId the company
	 * @param viewer who looks
	 * @return the entries
	 */
	public List<ContactEntry> contacts(OrganisationId team, String businessId, PersonId viewer) {
		var manager = findAccount(team, businessId).map(CompanyAccount::manager).orElse(null);
		var privileged = viewer.equals(manager) || administrator(team, viewer);
		return contacts.ofCompany(team, businessId, viewer, privileged);
	}

	/**
	 * Whether a person administers a team's records (the city's or the platform's
	 * administrator).
	 * @param team the team
	 * @param person the person
	 * @return whether they do
	 */
	public boolean administrator(OrganisationId team, PersonId person) {
		return organisations.hasRole(person, team, Role.ADMIN) || organisations.isPlatformAdmin(person);
	}

	/**
	 * The companies a person manages, by name.
	 * @param team the team
	 * @param manager the account manager
	 * @return their accounts
	 */
	public List<AccountSummary> managedBy(OrganisationId team, PersonId manager) {
		return reports.managedBy(team, manager);
	}

	/**
	 * The team's account managers and their work.
	 * @param team the team
	 * @return one row per account manager, the busiest first
	 */
	public List<ManagerLoad> team(OrganisationId team) {
		return reports.team(team);
	}

	void ensureAccount(OrganisationId team, CompanyRef company) {
		repository.ensure(team, company);
	}

}
