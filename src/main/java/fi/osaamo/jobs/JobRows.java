package fi.osaamo.jobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a job task's row, with the skills it requires, into a {@link JobTask}.
 */
@Component
class JobRows {

	static final String COLUMNS = """
			id, organisation_id, created_by, title, description, occupation_uri, location, municipality_code,
			apply_from, apply_to, start_date, (published_at at time zone 'Europe/Helsinki')::date as published_on,
			status, version""";

	private static final String SKILLS = """
			select skill_uri, min_level, importance, weight from jobs.required_skill where job_id = :id
			order by importance, weight desc, skill_uri""";

	private final JdbcClient jdbc;

	JobRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	JobTask task(ResultSet rs, int row) throws SQLException {
		var id = new JobId(rs.getObject("id", UUID.class));
		return new JobTask(id, new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				new PersonId(rs.getObject("created_by", UUID.class)), rs.getString("title"),
				rs.getString("description"), rs.getString("occupation_uri"), rs.getString("location"),
				rs.getString("municipality_code"), local(rs.getDate("apply_from")), local(rs.getDate("apply_to")),
				local(rs.getDate("start_date")), local(rs.getDate("published_on")),
				JobStatus.valueOf(rs.getString("status")), skills(id), rs.getInt("version"));
	}

	private List<RequiredSkill> skills(JobId id) {
		return jdbc.sql(SKILLS)
			.param("id", id.value())
			.query((rs, row) -> new RequiredSkill(rs.getString("skill_uri"), rs.getInt("min_level"),
					Importance.valueOf(rs.getString("importance")), rs.getDouble("weight")))
			.list();
	}

	private static @Nullable LocalDate local(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
