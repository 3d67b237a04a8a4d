package fi.osaamo.competence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log of who looked at a person's shared mapping, on behalf of which organisation and
 * at which sections.
 */
@Repository
class SharedViewLog {

	private static final String INSERT = """
			insert into competence.view_log (person_id, viewer_id, organisation_id, sections)
			values (:person, :viewer, :organisation, :sections)""";

	private static final String LATEST = """
			select viewer_id, organisation_id, sections, viewed_at from competence.view_log
			where person_id = :person order by viewed_at desc, id desc limit 50""";

	private final JdbcClient jdbc;

	SharedViewLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void log(PersonId person, PersonId viewer, OrganisationId organisation, Set<Section> sections) {
		jdbc.sql(INSERT)
			.param("person", person.value())
			.param("viewer", viewer.value())
			.param("organisation", organisation.value())
			.param("sections", sections.stream().map(Section::name).collect(Collectors.joining(",")))
			.update();
	}

	List<View> latest(PersonId person) {
		return jdbc.sql(LATEST)
			.param("person", person.value())
			.query((rs, row) -> new View(new PersonId(rs.getObject("viewer_id", UUID.class)),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("sections"),
					rs.getTimestamp("viewed_at").toInstant()))
			.list();
	}

	/** A logged view, the sections as stored: their names separated by commas. */
	record View(PersonId viewer, OrganisationId organisation, String sections, Instant at) {
	}

}
