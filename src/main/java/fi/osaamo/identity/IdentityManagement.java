package fi.osaamo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The identity vault's API: registers persons, keeps their credentials and links to
 * e-identification, and hands out personal data only to callers that say who is looking
 * and why, logging each look.
 */
@Service
public class IdentityManagement {

	private final Vault vault;

	private final PseudonymousPersons persons;

	private final AccessLog log;

	private final VaultAccounts accounts;

	private final ExternalIdentityLinks links;

	private final ApplicationEventPublisher events;

	private final PersonalDataTable personalData;

	IdentityManagement(@Qualifier("vault") Vault vault, PseudonymousPersons persons, AccessLog log,
			VaultAccounts accounts, ExternalIdentityLinks links, ApplicationEventPublisher events,
			PersonalDataTable personalData) {
		this.vault = vault;
		this.persons = persons;
		this.log = log;
		this.accounts = accounts;
		this.links = links;
		this.events = events;
		this.personalData = personalData;
	}

	/**
	 * Adds a person to the vault under a new pseudonym.
	 * @param person the personal data
	 * @return the new person's id and pseudonym
	 */
	public PersonSummary register(NewPerson person) {
		ContactDetails.checkRegistered(person);
		var summary = vault.transactions().execute(status -> {
			var id = new PersonId(UUID.randomUUID());
			var pseudonym = persons.insert(id);
			personalData.insert(id, person);
			return new PersonSummary(id, pseudonym);
		});
		events.publishEvent(new PersonRegistered(summary));
		return summary;
	}

	public Optional<PersonSummary> find(PersonId id) {
		return persons.find(id);
	}

	/**
	 * Pseudonyms of many persons at once.
	 * @param ids the persons
	 * @return their summaries by id; unknown ids are left out
	 */
	public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
		return persons.summaries(ids);
	}

	/**
	 * A person's personal data. Every call is logged with who looked and why.
	 * @param subject whose data
	 * @param viewer who is looking
	 * @param purpose why, in a few words
	 * @return the data, if the person exists
	 */
	public Optional<PersonalData> personalData(PersonId subject, PersonId viewer, String purpose) {
		var data = personalData.find(subject);
		data.ifPresent(found -> log.log(subject, viewer, "VIEW", purpose));
		return data;
	}

	/**
	 * Changes a person's name and contact details; the change is logged.
	 * @param subject whose data
	 * @param actor who changes it
	 * @param details the new details; blank values clear a field
	 */
	public void changeContact(PersonId subject, PersonId actor, NewPerson details) {
		ContactDetails.check(details);
		vault.transactions().executeWithoutResult(status -> {
			personalData.upsert(subject, details);
			log.log(subject, actor, "CHANGE", "contact details");
		});
	}

	/**
	 * Who has looked at or changed a person's data.
	 * @param subject the person
	 * @param limit how many entries at most, newest first
	 * @return the log entries
	 */
	public List<AccessLogEntry> accessLog(PersonId subject, int limit) {
		return log.entries(subject, limit);
	}

	/**
	 * Deletes a person from the vault: personal data, credentials, e-identification links
	 * and the log of looks at their data.
	 * @param person the person
	 */
	public void delete(PersonId person) {
		vault.transactions().executeWithoutResult(status -> {
			log.delete(person);
			vault.jdbc().sql("delete from identity.person where id = :id").param("id", person.value()).update();
		});
	}

	/**
	 * Gives a person a local account.
	 * @param person the account's owner
	 * @param username the user name, unique regardless of case
	 * @param passwordHash the already encoded password
	 */
	public void createLocalAccount(PersonId person, String username, String passwordHash) {
		accounts.create(person, username, passwordHash);
	}

	public void changePasswordHash(PersonId person, String passwordHash) {
		accounts.changePasswordHash(person, passwordHash);
	}

	public Optional<LocalCredentials> localCredentials(String username) {
		return accounts.credentials(username);
	}

	/**
	 * The person who signs in with a user name, without their personal data.
	 * @param username the user name, in any case
	 * @return the person's id and pseudonym
	 */
	public Optional<PersonSummary> findByUsername(String username) {
		return localCredentials(username.strip()).map(LocalCredentials::person);
	}

	/**
	 * The person behind an e-identification: the one already linked to it, else the one
	 * with the same national identity number, else a new person. The link is stored.
	 * @param identity the provider's assertion
	 * @return the person
	 */
	public PersonSummary resolve(ExternalIdentity identity) {
		var person = links.resolve(identity);
		if (person.created()) {
			events.publishEvent(new PersonRegistered(person.summary()));
		}
		return person.summary();
	}

}
