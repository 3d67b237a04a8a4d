package fi.osaamo.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation table: new invitations, and their closing when answered,
 * withdrawn or expired.
 */
@Component
class InvitationWrites {

	private static final String INSERT = """
			insert into organisation.invitation (id, organisation_id, person_id, role, invited_by, created_at,
			                                     expires_at)
			values (:id, :organisation, :person, :role, :actor, :now, :expires)""";

	private static final String CLOSE_EXPIRED = """
			update organisation.invitation set answered_at = :now, answer = 'WITHDRAWN'
			where organisation_id = :organisation and person_id = :person and role = :role
			  and answered_at is null and expires_at <= :now""";

	private static final String WITHDRAW = """
			update organisation.invitation set answered_at = :now, answer = 'WITHDRAWN'
			where id = :id and organisation_id = :organisation and answered_at is null""";

	private final JdbcClient jdbc;

	private final Clock clock;

	InvitationWrites(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores an invitation, refusing a second open one to the same role. */
	void insert(UUID id, OrganisationId organisation, PersonId person, Role role, PersonId actor) {
		try {
			store(id, organisation, person, role, actor);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("username", "validation.invitation.pending");
		}
	}

	private void store(UUID id, OrganisationId organisation, PersonId person, Role role, PersonId actor) {
		var now = clock.instant();
		jdbc.sql(INSERT)
			.param("id", id)
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.param("actor", actor.value())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(Invitations.VALID_FOR)))
			.update();
	}

	/** An expired invitation no longer blocks a new one. */
	void closeExpired(OrganisationId organisation, PersonId person, Role role) {
		jdbc.sql(CLOSE_EXPIRED)
			.param("now", Timestamp.from(clock.instant()))
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
	}

	/** Withdraws an open invitation of an organisation; the number of rows changed. */
	int withdraw(OrganisationId organisation, UUID invitation) {
		return jdbc.sql(WITHDRAW)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", invitation)
			.param("organisation", organisation.value())
			.update();
	}

	void close(UUID invitation, String answer) {
		jdbc.sql("update organisation.invitation set answered_at = :now, answer = :answer where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("answer", answer)
			.param("id", invitation)
			.update();
	}

}
