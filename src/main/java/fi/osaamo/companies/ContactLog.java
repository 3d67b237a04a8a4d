package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of a company's contact log. Whoever may read an entry's notes may correct
 * it (anyone in the team, or for confidential notes their author, the account manager and
 * administrators); the author stays, and the entry says it was corrected.
 */
@Service
public class ContactLog {

	private final ContactRepository contacts;

	private final AccountManagement accounts;

	private final Clock clock;

	ContactLog(ContactRepository contacts, AccountManagement accounts, Clock clock) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Checks a contact-log entry and keeps every problem, for a form that shows them all
	 * at once.
	 * @param problems where the problems go
	 * @param contact the entry
	 * @param today today: a contact cannot have happened later
	 */
	public static void check(FormProblems problems, NewContact contact, LocalDate today) {
		ContactChecks.check(problems, contact, today);
	}

	/**
	 * One entry of a company's log as the viewer may see it.
	 * @param team the team
	 * @param businessId the company
	 * @param id the entry
	 * @param viewer who looks
	 * @return the entry, if the team logged it for this company
	 */
	public Optional<ContactEntry> findEntry(OrganisationId team, String businessId, UUID id, PersonId viewer) {
		var manager = accounts.findAccount(team, businessId).map(CompanyAccount::manager).orElse(null);
		var privileged = viewer.equals(manager) || accounts.administrator(team, viewer);
		return contacts.find(team, businessId, id, viewer, privileged);
	}

	/**
	 * Corrects an entry, if no one changed it since the user saw it.
	 * @param team the team
	 * @param businessId the company
	 * @param id the entry
	 * @param contact what the entry now says
	 * @param version the version the user saw
	 * @param editor who corrects it; they must be allowed to read its notes
	 */
	@Transactional
	public void correct(OrganisationId team, String businessId, UUID id, NewContact contact, int version,
			PersonId editor) {
		var checked = ContactChecks.checked(contact, LocalDate.now(clock));
		findEntry(team, businessId, id, editor).filter(ContactEntry::correctable)
			.orElseThrow(() -> new NotFoundException("contact " + id));
		contacts.update(team, businessId, id, checked, version, editor);
	}

}
