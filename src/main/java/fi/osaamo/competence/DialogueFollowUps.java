package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists a company's dialogues that have a follow-up date, the soonest first, by the
 * employees' pseudonyms.
 */
@Component
class DialogueFollowUps {

	private static final String FOLLOW_UPS = """
			select person_id, held_on, follow_up_on from competence.dialogue
			where organisation_id = :organisation and follow_up_on is not null
			order by follow_up_on, held_on limit 200""";

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	DialogueFollowUps(JdbcClient jdbc, IdentityManagement identities) {
		this.jdbc = jdbc;
		this.identities = identities;
	}

	List<FollowUp> of(OrganisationId organisation) {
		var rows = jdbc.sql(FOLLOW_UPS).param("organisation", organisation.value()).query((rs, row) -> row(rs)).list();
		var names = identities.summaries(rows.stream().map(Row::person).toList());
		return rows.stream()
			.filter(row -> names.containsKey(row.person()))
			.map(row -> new FollowUp(row.person(), names.get(row.person()).pseudonym(), row.heldOn(), row.followUpOn()))
			.toList();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(new PersonId(rs.getObject("person_id", UUID.class)), rs.getDate("held_on").toLocalDate(),
				rs.getDate("follow_up_on").toLocalDate());
	}

	private record Row(PersonId person, LocalDate heldOn, LocalDate followUpOn) {
	}

}
