package fi.osaamo.identity;

import java.util.List;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The vault's log of who looked at or changed a person's data, and why.
 */
@Component
class AccessLog {

	private static final String ENTRIES = """
			select l.actor_id, coalesce(a.work_name, a.pseudonym) as actor, l.action, l.purpose, l.at,
			       l.actor_id = l.subject_id as self
			from identity.access_log l left join identity.person a on a.id = l.actor_id
			where l.subject_id = :id order by l.at desc, l.id desc limit :limit""";

	private final Vault vault;

	AccessLog(@Qualifier("vault") Vault vault) {
		this.vault = vault;
	}

	/**
	 * Logs a look at or a change of a person's data.
	 * @param subject whose data
	 * @param actor who, if anyone
	 * @param action what they did, such as {@code VIEW}
	 * @param purpose why, cut to 200 characters
	 */
	void log(PersonId subject, @Nullable PersonId actor, String action, @Nullable String purpose) {
		vault.jdbc()
			.sql("insert into identity.access_log (subject_id, actor_id, action, purpose) values (:subject, :actor, :action, :purpose)")
			.param("subject", subject.value())
			.param("actor", actor == null ? null : actor.value())
			.param("action", action)
			.param("purpose", ContactDetails.truncate(purpose, 200))
			.update();
	}

	/**
	 * Logs one look by a process (no person acting) at the data of many persons, in one
	 * statement.
	 * @param subjects whose data
	 * @param action what was done, such as {@code VIEW}
	 * @param purpose why, cut to 200 characters
	 */
	void logAll(List<PersonId> subjects, String action, String purpose) {
		if (subjects.isEmpty()) {
			return;
		}
		vault.jdbc()
			.sql("""
					insert into identity.access_log (subject_id, action, purpose)
					select unnest(:subjects), :action, :purpose""")
			.param("subjects", subjects.stream().map(PersonId::value).toArray(java.util.UUID[]::new))
			.param("action", action)
			.param("purpose", ContactDetails.truncate(purpose, 200))
			.update();
	}

	/**
	 * The log of a person's data, newest first.
	 * @param subject the person
	 * @param limit how many entries at most
	 * @return the entries
	 */
	List<AccessLogEntry> entries(PersonId subject, int limit) {
		return vault.jdbc()
			.sql(ENTRIES)
			.param("id", subject.value())
			.param("limit", limit)
			.query((rs, row) -> new AccessLogEntry(rs.getString("actor"), rs.getString("action"),
					rs.getString("purpose"), rs.getTimestamp("at").toInstant(), rs.getBoolean("self")))
			.list();
	}

	/**
	 * Forgets the log of a person's data.
	 * @param subject the person
	 */
	void delete(PersonId subject) {
		vault.jdbc()
			.sql("delete from identity.access_log where subject_id = :id")
			.param("id", subject.value())
			.update();
	}

}
