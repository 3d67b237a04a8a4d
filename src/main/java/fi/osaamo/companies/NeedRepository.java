package fi.osaamo.companies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes companies' needs: charts them, changes where they stand and corrects what they
 * are.
 */
@Repository
class NeedRepository {

	private static final String INSERT = """
			insert into companies.need
			  (id, team_id, business_id, kind, description, urgency, status, industry_code, created_by, updated_by,
			   created_at, updated_at)
			values (:id, :team, :businessId, :kind, :description, :urgency, 'OPEN', :industry, :actor, :actor,
			        :at, :at)""";

	private final JdbcClient jdbc;

	NeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a checked need as open.
	 */
	void insert(UUID id, OrganisationId team, CompanyRef company, NewNeed need, PersonId actor, Instant at) {
		jdbc.sql(INSERT)
			.params(Map.of("id", id, "at", Timestamp.from(at), "team", team.value(), "businessId",
					company.businessId()))
			.params(fields(need))
			.param("industry", company.industryCode())
			.param("actor", actor.value())
			.update();
	}

	void updateStatus(OrganisationId team, UUID id, NeedStatus status, int version, PersonId actor) {
		OptimisticLock.update(jdbc
			.sql("""
					update companies.need set status = :status, version = version + 1, updated_at = now(), updated_by = :actor
					where team_id = :team and id = :id and version = :version""")
			.param("status", status.name())
			.param("actor", actor.value())
			.param("team", team.value())
			.param("id", id), version);
	}

	void correct(OrganisationId team, String businessId, UUID id, NewNeed need, int version, PersonId actor) {
		OptimisticLock.update(jdbc.sql("""
				update companies.need set kind = :kind, description = :description, urgency = :urgency,
				  updated_by = :actor, updated_at = now(), version = version + 1
				where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.params(fields(need))
			.param("actor", actor.value())
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id), version);
	}

	/** The need's kind, description and urgency, checked before. */
	private static Map<String, Object> fields(NewNeed need) {
		return Map.of("kind", Objects.requireNonNull(need.kind()).name(), "description",
				Objects.requireNonNull(need.description()).strip(), "urgency",
				Objects.requireNonNull(need.urgency()).name());
	}

}
