package fi.osaamo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The identity vault's API: registers persons, keeps their credentials and links to
 * e-identification, and hands out personal data only to callers that say who is looking
 * and why, logging each look.
 */
@Service
public class IdentityManagement {

	static final int MAX_NAME = 100;

	static final int MAX_EMAIL = 254;

	static final int MAX_PHONE = 32;

	private final Vault vault;

	private final Pseudonyms pseudonyms = new Pseudonyms();

	private final ApplicationEventPublisher events;

	IdentityManagement(@Qualifier("vault") Vault vault, ApplicationEventPublisher events) {
		this.vault = vault;
		this.events = events;
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
			var pseudonym = insertPerson(id);
			vault.jdbc()
				.sql("""
						insert into identity.personal_data (person_id, given_name, family_name, email, phone)
						values (:id, :given, :family, :email, :phone)""")
				.param("id", id.value())
				.param("given", blankToNull(person.givenName()))
				.param("family", blankToNull(person.familyName()))
				.param("email", blankToNull(person.email()))
				.param("phone", blankToNull(person.phone()))
				.update();
			return new PersonSummary(id, pseudonym);
		});
		events.publishEvent(new PersonRegistered(summary));
		return summary;
	}

	private String insertPerson(PersonId id) {
		for (int attempt = 0;; attempt++) {
			var pseudonym = pseudonyms.next();
			var inserted = vault.jdbc()
				.sql("insert into identity.person (id, pseudonym) values (:id, :pseudonym) on conflict (pseudonym) do nothing")
				.param("id", id.value())
				.param("pseudonym", pseudonym)
				.update();
			if (inserted == 1) {
				return pseudonym;
			}
			if (attempt > 50) {
				throw new IllegalStateException("No free pseudonym found");
			}
		}
	}

	public Optional<PersonSummary> find(PersonId id) {
		return vault.jdbc()
			.sql("select id, pseudonym, work_name from identity.person where id = :id")
			.param("id", id.value())
			.query((rs, row) -> new PersonSummary(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("pseudonym"), rs.getString("work_name")))
			.optional();
	}

	/**
	 * Pseudonyms of many persons at once.
	 * @param ids the persons
	 * @return their summaries by id; unknown ids are left out
	 */
	public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return vault.jdbc()
			.sql("select id, pseudonym, work_name from identity.person where id = any(:ids)")
			.param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
			.query((rs, row) -> new PersonSummary(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("pseudonym"), rs.getString("work_name")))
			.list()
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	/**
	 * A person's personal data. Every call is logged with who looked and why.
	 * @param subject whose data
	 * @param viewer who is looking
	 * @param purpose why, in a few words
	 * @return the data, if the person exists
	 */
	public Optional<PersonalData> personalData(PersonId subject, PersonId viewer, String purpose) {
		var data = vault.jdbc()
			.sql("""
					select p.id, p.pseudonym, d.given_name, d.family_name, d.email, d.phone,
					       exists (select 1 from identity.external_identity e where e.person_id = p.id) as strong
					from identity.person p left join identity.personal_data d on d.person_id = p.id
					where p.id = :id""")
			.param("id", subject.value())
			.query((rs, row) -> new PersonalData(subject, rs.getString("pseudonym"), rs.getString("given_name"),
					rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("strong")))
			.optional();
		data.ifPresent(found -> log(subject, viewer, "VIEW", purpose));
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
			vault.jdbc()
				.sql("""
						insert into identity.personal_data (person_id, given_name, family_name, email, phone)
						values (:id, :given, :family, :email, :phone)
						on conflict (person_id) do update set given_name = excluded.given_name,
						  family_name = excluded.family_name, email = excluded.email, phone = excluded.phone,
						  updated_at = now(), version = identity.personal_data.version + 1""")
				.param("id", subject.value())
				.param("given", blankToNull(details.givenName()))
				.param("family", blankToNull(details.familyName()))
				.param("email", blankToNull(details.email()))
				.param("phone", blankToNull(details.phone()))
				.update();
			log(subject, actor, "CHANGE", "contact details");
		});
	}

	/**
	 * Who has looked at or changed a person's data.
	 * @param subject the person
	 * @param limit how many entries at most, newest first
	 * @return the log entries
	 */
	public List<AccessLogEntry> accessLog(PersonId subject, int limit) {
		return vault.jdbc()
			.sql("""
					select l.actor_id, coalesce(a.work_name, a.pseudonym) as actor, l.action, l.purpose, l.at,
					       l.actor_id = l.subject_id as self
					from identity.access_log l left join identity.person a on a.id = l.actor_id
					where l.subject_id = :id order by l.at desc, l.id desc limit :limit""")
			.param("id", subject.value())
			.param("limit", limit)
			.query((rs, row) -> new AccessLogEntry(rs.getString("actor"), rs.getString("action"),
					rs.getString("purpose"), rs.getTimestamp("at").toInstant(), rs.getBoolean("self")))
			.list();
	}

	/**
	 * Deletes a person from the vault: personal data, credentials, e-identification links
	 * and the log of looks at their data.
	 * @param person the person
	 */
	public void delete(PersonId person) {
		vault.transactions().executeWithoutResult(status -> {
			vault.jdbc()
				.sql("delete from identity.access_log where subject_id = :id")
				.param("id", person.value())
				.update();
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
		if (username.isBlank() || username.length() > 64) {
			throw new InvalidInputException("username", "validation.username.length", 64);
		}
		try {
			vault.jdbc()
				.sql("insert into identity.local_account (person_id, username, password_hash) values (:id, :username, :hash)")
				.param("id", person.value())
				.param("username", username)
				.param("hash", passwordHash)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("username", "validation.username.taken");
		}
	}

	public void changePasswordHash(PersonId person, String passwordHash) {
		vault.jdbc()
			.sql("update identity.local_account set password_hash = :hash where person_id = :id")
			.param("hash", passwordHash)
			.param("id", person.value())
			.update();
		log(person, person, "PASSWORD_CHANGED", null);
	}

	public Optional<LocalCredentials> localCredentials(String username) {
		return vault.jdbc()
			.sql("""
					select p.id, p.pseudonym, a.username, a.password_hash, a.enabled
					from identity.local_account a join identity.person p on p.id = a.person_id
					where lower(a.username) = lower(:username)""")
			.param("username", username)
			.query((rs, row) -> new LocalCredentials(
					new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), rs.getString("pseudonym")),
					rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled")))
			.optional();
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
		var person = vault.transactions().execute(status -> {
			var linked = linkedPerson(identity);
			if (linked.isPresent()) {
				touch(identity);
				return new Resolved(linked.get(), false);
			}
			var byNationalId = personWithNationalId(identity.nationalId());
			var summary = byNationalId.orElseGet(() -> {
				var id = new PersonId(UUID.randomUUID());
				var pseudonym = insertPerson(id);
				vault.jdbc()
					.sql("insert into identity.personal_data (person_id) values (:id)")
					.param("id", id.value())
					.update();
				return new PersonSummary(id, pseudonym);
			});
			updateFromIdentity(summary.id(), identity);
			vault.jdbc()
				.sql("""
						insert into identity.external_identity (issuer, subject, person_id, last_sign_in)
						values (:issuer, :subject, :id, now())""")
				.param("issuer", identity.issuer())
				.param("subject", identity.subject())
				.param("id", summary.id().value())
				.update();
			log(summary.id(), summary.id(), "LINKED_E_IDENTIFICATION", identity.issuer());
			return new Resolved(summary, byNationalId.isEmpty());
		});
		if (person.created()) {
			events.publishEvent(new PersonRegistered(person.summary()));
		}
		return person.summary();
	}

	private Optional<PersonSummary> linkedPerson(ExternalIdentity identity) {
		return vault.jdbc()
			.sql("""
					select p.id, p.pseudonym from identity.external_identity e join identity.person p on p.id = e.person_id
					where e.issuer = :issuer and e.subject = :subject""")
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.query((rs, row) -> new PersonSummary(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("pseudonym")))
			.optional();
	}

	private Optional<PersonSummary> personWithNationalId(@Nullable String nationalId) {
		if (nationalId == null || nationalId.isBlank()) {
			return Optional.empty();
		}
		return vault.jdbc()
			.sql("""
					select p.id, p.pseudonym from identity.personal_data d join identity.person p on p.id = d.person_id
					where d.national_id = :nationalId""")
			.param("nationalId", nationalId)
			.query((rs, row) -> new PersonSummary(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("pseudonym")))
			.optional();
	}

	private void touch(ExternalIdentity identity) {
		vault.jdbc()
			.sql("update identity.external_identity set last_sign_in = now() where issuer = :issuer and subject = :subject")
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.update();
	}

	private void updateFromIdentity(PersonId id, ExternalIdentity identity) {
		vault.jdbc()
			.sql("""
					update identity.personal_data set
					  given_name = coalesce(:given, given_name), family_name = coalesce(:family, family_name),
					  email = coalesce(:email, email), national_id = coalesce(:nationalId, national_id),
					  updated_at = now(), version = version + 1
					where person_id = :id""")
			.param("given", truncate(identity.givenName(), MAX_NAME))
			.param("family", truncate(identity.familyName(), MAX_NAME))
			.param("email", truncate(identity.email(), MAX_EMAIL))
			.param("nationalId", truncate(identity.nationalId(), 20))
			.param("id", id.value())
			.update();
	}

	private void log(PersonId subject, @Nullable PersonId actor, String action, @Nullable String purpose) {
		vault.jdbc()
			.sql("insert into identity.access_log (subject_id, actor_id, action, purpose) values (:subject, :actor, :action, :purpose)")
			.param("subject", subject.value())
			.param("actor", actor == null ? null : actor.value())
			.param("action", action)
			.param("purpose", truncate(purpose, 200))
			.update();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return value == null ? null : value.length() <= max ? value : value.substring(0, max);
	}

	private record Resolved(PersonSummary summary, boolean created) {
	}

}
