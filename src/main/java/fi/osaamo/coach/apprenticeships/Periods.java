package fi.osaamo.coach.apprenticeships;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The on-the-job periods of a school's apprenticeships.
 */
@Component
public class Periods {

	private static final String COLUMNS = "id, external_id, cohort, starts_on, ends_on, language";

	private static final RowMapper<Period> PERIOD = (rs, row) -> new Period(rs.getObject("id", UUID.class),
			rs.getString("external_id"), rs.getString("cohort"), rs.getObject("starts_on", LocalDate.class),
			rs.getObject("ends_on", LocalDate.class), rs.getString("language"));

	private final JdbcClient jdbc;

	Periods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A school's periods, by the student system's id.
	 * @param school the school
	 * @return the periods
	 */
	public List<Period> of(OrganisationId school) {
		return this.jdbc
			.sql("select " + COLUMNS + " from coach.apprenticeship where school_id = :school" + " order by external_id")
			.param("school", school.value())
			.query(PERIOD)
			.list();
	}

	/**
	 * A school's period by the student system's id.
	 * @param school the school
	 * @param externalId the id
	 * @return the period, if the school has it
	 */
	public Optional<Period> find(OrganisationId school, String externalId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from coach.apprenticeship where school_id = :school and external_id = :externalId")
			.param("school", school.value())
			.param("externalId", externalId)
			.query(PERIOD)
			.optional();
	}

}
