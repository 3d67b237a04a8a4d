package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a team deals with at each company: their name, role, phone, e-mail, what
 * they agreed to be contacted for and where their details came from. Other modules (the
 * needs-mapping bot) read only those who agreed to outreach,
 * {@link #reachableByOutreach}.
 */
@Service
public class ContactPersons {

	private final ContactPersonRepository repository;

	private final AccountManagement accounts;

	private final Clock clock;

	ContactPersons(ContactPersonRepository repository, AccountManagement accounts, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Checks a contact person's details and keeps every problem, for a form that shows
	 * them all at once.
	 * @param problems where the problems go
	 * @param person the details
	 * @param today today, for the day of consent
	 */
	public static void check(FormProblems problems, NewContactPerson person, LocalDate today) {
		ContactPersonChecks.check(problems, person, today);
	}

	/**
	 * The team's contact persons at a company, by name.
	 * @param team the team
	 * @param businessId the company
	 * @return the persons
	 */
	public List<ContactPerson> persons(OrganisationId team, String businessId) {
		return repository.ofCompany(team, businessId);
	}

	/**
	 * The contact persons at a company who agreed to outreach by the needs-mapping bot,
	 * with the phone or e-mail address to reach them by.
	 * @param team the team
	 * @param businessId the company
	 * @return the persons, by name
	 */
	public List<ContactPerson> reachableByOutreach(OrganisationId team, String businessId) {
		return persons(team, businessId).stream()
			.filter(person -> person.consents(ConsentScope.BOT_OUTREACH))
			.filter(person -> person.email() != null || person.phone() != null)
			.toList();
	}

	/**
	 * One of the team's contact persons at a company.
	 * @param team the team
	 * @param businessId the company
	 * @param id the person
	 * @return the person, if the team has them at this company
	 */
	public Optional<ContactPerson> findPerson(OrganisationId team, String businessId, UUID id) {
		return repository.find(team, businessId, id);
	}

	/**
	 * Adds a contact person at a company.
	 * @param team the team
	 * @param company the company
	 * @param person the details
	 * @param actor who adds them
	 * @return the person's id
	 */
	@Transactional
	public UUID add(OrganisationId team, CompanyRef company, NewContactPerson person, PersonId actor) {
		var checked = ContactPersonChecks.checked(person, LocalDate.now(clock));
		accounts.ensureAccount(team, company);
		var id = UUID.randomUUID();
		repository.insert(id, team, company, checked, actor);
		return id;
	}

	/**
	 * Changes a contact person's details, if no one changed them since the user saw them.
	 * @param team the team
	 * @param businessId the company
	 * @param id the person
	 * @param person the new details
	 * @param version the version the user saw
	 * @param actor who changes them
	 */
	@Transactional
	public void change(OrganisationId team, String businessId, UUID id, NewContactPerson person, int version,
			PersonId actor) {
		var checked = ContactPersonChecks.checked(person, LocalDate.now(clock));
		require(team, businessId, id);
		repository.update(team, businessId, id, checked, version, actor);
	}

	/**
	 * Removes a contact person, for instance when they leave the company or ask to be
	 * forgotten.
	 * @param team the team
	 * @param businessId the company
	 * @param id the person
	 * @param version the version the user saw
	 */
	@Transactional
	public void remove(OrganisationId team, String businessId, UUID id, int version) {
		require(team, businessId, id);
		repository.delete(team, businessId, id, version);
	}

	private void require(OrganisationId team, String businessId, UUID id) {
		if (findPerson(team, businessId, id).isEmpty()) {
			throw new NotFoundException("contact person " + id);
		}
	}

}
