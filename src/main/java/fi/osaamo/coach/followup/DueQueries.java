package fi.osaamo.coach.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The apprenticeships whose period is under way, and the status messages queued for them:
 * one per apprenticeship, query and day, whoever queues it first.
 */
@Component
class DueQueries {

	private static final String UNDER_WAY = """
			select id, school_id, apprentice_id, language, starts_on, ends_on from coach.apprenticeship
			where :today between starts_on and ends_on order by school_id, id""";

	private static final String QUEUE = """
			insert into coach.status_message (id, apprenticeship_id, school_id, query_key, matrix_version, due_on,
			  queued_at)
			values (:id, :apprenticeship, :school, :query, :version, :due, now())
			on conflict (apprenticeship_id, query_key, due_on) do nothing""";

	private final JdbcClient jdbc;

	DueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An apprenticeship under way.
	 *
	 * @param id the apprenticeship
	 * @param school its school
	 * @param apprentice the apprentice
	 * @param language the language of their messages
	 * @param startsOn the period's first day
	 * @param endsOn its last
	 */
	record UnderWay(UUID id, OrganisationId school, PersonId apprentice, String language, LocalDate startsOn,
			LocalDate endsOn) {
	}

	List<UnderWay> underWay(LocalDate today) {
		return this.jdbc.sql(UNDER_WAY)
			.param("today", today)
			.query((rs, row) -> new UnderWay(rs.getObject("id", UUID.class),
					new OrganisationId(rs.getObject("school_id", UUID.class)),
					new PersonId(rs.getObject("apprentice_id", UUID.class)), rs.getString("language"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/**
	 * Queues a status message unless it was queued before.
	 * @return its id, or null if it was queued before
	 */
	@org.jspecify.annotations.Nullable
	UUID queue(UnderWay apprenticeship, String query, int version, LocalDate due) {
		var id = UUID.randomUUID();
		int inserted = this.jdbc.sql(QUEUE)
			.param("id", id)
			.param("apprenticeship", apprenticeship.id())
			.param("school", apprenticeship.school().value())
			.param("query", query)
			.param("version", version)
			.param("due", due)
			.update();
		return inserted == 1 ? id : null;
	}

}
