package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a person's development dialogues as a viewer may see them, with the plan items
 * they were about and their comments, naming the company and the people by pseudonym.
 */
@Component
class DialogueReader {

	private static final String DIALOGUES = """
			select id, organisation_id, recorded_by, held_on, agreed, next_steps, follow_up_on from competence.dialogue
			where person_id = :person order by held_on desc, created_at desc""";

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	DialogueReader(JdbcClient jdbc, OrganisationManagement organisations, IdentityManagement identities) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.identities = identities;
	}

	/**
	 * The dialogues of a person, as the viewer may see them: all of them for the person,
	 * those of their company for its HR specialists.
	 * @param person whose dialogues
	 * @param viewer who looks
	 * @return the dialogues, newest first
	 */
	List<Dialogue> dialogues(PersonId person, PersonId viewer) {
		var rows = rows(person).stream()
			.filter(row -> viewer.equals(person) || organisations.hasRole(viewer, row.organisation(), Role.HR))
			.toList();
		var comments = rows.stream().flatMap(row -> comments(row.id()).stream()).toList();
		var people = new HashSet<PersonId>();
		rows.forEach(row -> people.add(row.recordedBy()));
		comments.forEach(comment -> people.add(comment.author()));
		var names = identities.summaries(people);
		return rows.stream().map(row -> dialogue(row, comments, names)).toList();
	}

	private List<Row> rows(PersonId person) {
		return jdbc.sql(DIALOGUES).param("person", person.value()).query((rs, row) -> row(rs)).list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		var followUpOn = rs.getDate("follow_up_on");
		return new Row(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				new PersonId(rs.getObject("recorded_by", UUID.class)), rs.getDate("held_on").toLocalDate(),
				rs.getString("agreed"), rs.getString("next_steps"),
				followUpOn == null ? null : followUpOn.toLocalDate());
	}

	private List<CommentRow> comments(UUID dialogue) {
		return jdbc.sql("""
				select dialogue_id, author_id, text, created_at from competence.dialogue_comment
				where dialogue_id = :id order by created_at, id""")
			.param("id", dialogue)
			.query((rs, n) -> new CommentRow(rs.getObject("dialogue_id", UUID.class),
					new PersonId(rs.getObject("author_id", UUID.class)), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private List<String> planItems(UUID dialogue) {
		return jdbc.sql("select title from competence.dialogue_link where dialogue_id = :id order by kind, title")
			.param("id", dialogue)
			.query(String.class)
			.list();
	}

	private Dialogue dialogue(Row row, List<CommentRow> comments, Map<PersonId, PersonSummary> names) {
		var company = organisations.find(row.organisation()).map(found -> found.name()).orElse("–");
		var ownComments = comments.stream()
			.filter(comment -> comment.dialogue().equals(row.id()))
			.map(comment -> new Dialogue.Comment(pseudonym(names, comment.author()), comment.text(), comment.at()))
			.toList();
		return new Dialogue(row.id(), company, pseudonym(names, row.recordedBy()), row.heldOn(), row.agreed(),
				row.nextSteps(), row.followUpOn(), planItems(row.id()), ownComments);
	}

	private static String pseudonym(Map<PersonId, PersonSummary> names, PersonId person) {
		var summary = names.get(person);
		return summary == null ? "–" : summary.pseudonym();
	}

	private record Row(UUID id, OrganisationId organisation, PersonId recordedBy, LocalDate heldOn, String agreed,
			@Nullable String nextSteps, @Nullable LocalDate followUpOn) {
	}

	private record CommentRow(UUID dialogue, PersonId author, String text, Instant at) {
	}

}
