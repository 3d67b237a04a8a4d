package fi.osaamo.coach.matrix;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of schools' matrices. A version is written once and never changed; two
 * people saving on the same version cannot both win.
 */
@Repository
class MatrixVersions {

	private static final TypeReference<List<StatusQuery>> QUERIES = new TypeReference<>() {
	};

	private static final String CURRENT = """
			select version, queries from coach.matrix_version where school_id = :school
			order by version desc limit 1""";

	private static final String INSERT = """
			insert into coach.matrix_version (school_id, version, queries, created_at, created_by)
			values (:school, :version, cast(:queries as jsonb), :now, :by)""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MatrixVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<MessageMatrix> version(OrganisationId school, int version) {
		return this.jdbc
			.sql("select version, queries from coach.matrix_version where school_id = :school"
					+ " and version = :version")
			.param("school", school.value())
			.param("version", version)
			.query((rs, row) -> new MessageMatrix(rs.getInt("version"),
					this.json.readValue(rs.getString("queries"), QUERIES)))
			.optional();
	}

	Optional<MessageMatrix> current(OrganisationId school) {
		return this.jdbc.sql(CURRENT)
			.param("school", school.value())
			.query((rs, row) -> new MessageMatrix(rs.getInt("version"),
					this.json.readValue(rs.getString("queries"), QUERIES)))
			.optional();
	}

	/**
	 * Writes the next version.
	 * @param school the school
	 * @param basedOn the version the change was made on, 0 for none
	 * @param queries the queries of the new version
	 * @param by who saved it
	 * @param now when
	 * @return the new version
	 * @throws StaleVersionException if someone saved a version on the same one first
	 */
	MessageMatrix save(OrganisationId school, int basedOn, List<StatusQuery> queries, PersonId by, Instant now) {
		try {
			this.jdbc.sql(INSERT)
				.param("school", school.value())
				.param("version", basedOn + 1)
				.param("queries", this.json.writeValueAsString(queries))
				.param("now", Timestamp.from(now))
				.param("by", by.value())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new StaleVersionException();
		}
		return new MessageMatrix(basedOn + 1, queries);
	}

}
