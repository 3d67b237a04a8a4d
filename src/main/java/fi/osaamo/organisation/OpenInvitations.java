package fi.osaamo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the invitations not yet answered nor expired, with the people named.
 */
@Component
class OpenInvitations {

	private static final String SELECT = """
			select i.id, i.organisation_id, o.name, o.type, i.person_id, i.role, i.invited_by, i.created_at,
			       i.expires_at
			from organisation.invitation i join organisation.organisation o on o.id = i.organisation_id
			where i.answered_at is null and i.expires_at > :now""";

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final Clock clock;

	OpenInvitations(JdbcClient jdbc, IdentityManagement identities, Clock clock) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.clock = clock;
	}

	List<Invitation> ofOrganisation(OrganisationId organisation) {
		return named(jdbc.sql(SELECT + " and i.organisation_id = :organisation order by i.created_at desc")
			.param("now", Timestamp.from(clock.instant()))
			.param("organisation", organisation.value())
			.query(OpenInvitations::row)
			.list());
	}

	List<Invitation> toPerson(PersonId person) {
		return named(jdbc.sql(SELECT + " and i.person_id = :person order by i.created_at desc")
			.param("now", Timestamp.from(clock.instant()))
			.param("person", person.value())
			.query(OpenInvitations::row)
			.list());
	}

	/** An open invitation to a person, locked until the transaction ends. */
	Optional<Row> lockedForAnswer(UUID invitation, PersonId person) {
		return jdbc.sql(SELECT + " and i.id = :id and i.person_id = :person for update of i")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", invitation)
			.param("person", person.value())
			.query(OpenInvitations::row)
			.optional();
	}

	/** Fills in the pseudonyms of the invited and the inviters, in one look-up. */
	private List<Invitation> named(List<Row> rows) {
		var summaries = identities.summaries(people(rows));
		return rows.stream()
			.map(row -> new Invitation(row.id(), row.organisationId(), row.organisationName(), row.organisationType(),
					row.person(), shown(summaries.get(row.person()), row.role().professional()), row.role(),
					shown(summaries.get(row.inviter()), true), row.createdAt(), row.expiresAt()))
			.toList();
	}

	/** The invited and the inviters, in the order of the rows. */
	private static List<PersonId> people(List<Row> rows) {
		var people = new ArrayList<PersonId>();
		rows.forEach(row -> {
			people.add(row.person());
			people.add(row.inviter());
		});
		return people;
	}

	private static String shown(@Nullable PersonSummary summary, boolean atWork) {
		if (summary == null) {
			return "–";
		}
		return atWork ? summary.atWork() : summary.pseudonym();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
				new PersonId(rs.getObject("person_id", UUID.class)), Role.valueOf(rs.getString("role")),
				new PersonId(rs.getObject("invited_by", UUID.class)), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant());
	}

	/** An invitation as stored, before the people are named. */
	record Row(UUID id, OrganisationId organisationId, String organisationName, OrganisationType organisationType,
			PersonId person, Role role, PersonId inviter, Instant createdAt, Instant expiresAt) {
	}

}
