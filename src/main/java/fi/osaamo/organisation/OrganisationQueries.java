package fi.osaamo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads organisations from the organisation table.
 */
@Component
class OrganisationQueries {

	private static final String COLUMNS = """
			id, type, name, business_id, municipality_code, industry_code, primary_colour,
			logo is not null as has_logo, version""";

	private static final String BRANDED = """
			select o.id, o.type, o.name, o.business_id, o.municipality_code, o.industry_code, o.primary_colour,
			       o.logo is not null as has_logo, o.version
			from organisation.organisation o join organisation.membership m on m.organisation_id = o.id
			where m.person_id = :person and o.type <> 'PLATFORM'
			  and (o.primary_colour is not null or o.logo is not null)
			order by o.name, o.id limit 1""";

	private final JdbcClient jdbc;

	OrganisationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organisation> find(OrganisationId id) {
		return jdbc.sql("select " + COLUMNS + " from organisation.organisation where id = :id")
			.param("id", id.value())
			.query(OrganisationQueries::organisation)
			.optional();
	}

	Optional<Organisation> findByBusinessId(BusinessId businessId) {
		return jdbc.sql("select " + COLUMNS + " from organisation.organisation where business_id = :businessId")
			.param("businessId", businessId.value())
			.query(OrganisationQueries::organisation)
			.optional();
	}

	Map<String, OrganisationId> idsByBusinessId(Collection<String> businessIds) {
		var ids = new HashMap<String, OrganisationId>();
		if (businessIds.isEmpty()) {
			return ids;
		}
		jdbc.sql("select id, business_id from organisation.organisation where business_id = any(:businessIds)")
			.param("businessIds", businessIds.toArray(String[]::new))
			.query((RowCallbackHandler) rs -> ids.put(rs.getString("business_id"),
					new OrganisationId(rs.getObject("id", UUID.class))));
		return ids;
	}

	OrganisationPage list(String query, @Nullable OrganisationType type, int page, int size) {
		var pattern = LikePatterns.containing(query);
		var where = " where name ilike :pattern" + (type == null ? "" : " and type = :type");
		var total = count(where, pattern, type);
		return new OrganisationPage(items(where, pattern, type, page, size), page, size, total);
	}

	private List<Organisation> items(String where, String pattern, @Nullable OrganisationType type, int page,
			int size) {
		var sql = "select " + COLUMNS + " from organisation.organisation" + where
				+ " order by name, id limit :size offset :offset";
		return withType(jdbc.sql(sql).param("pattern", pattern), type).param("size", size)
			.param("offset", (long) page * size)
			.query(OrganisationQueries::organisation)
			.list();
	}

	private long count(String where, String pattern, @Nullable OrganisationType type) {
		return withType(jdbc.sql("select count(*) from organisation.organisation" + where).param("pattern", pattern),
				type)
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec withType(JdbcClient.StatementSpec statement,
			@Nullable OrganisationType type) {
		return type == null ? statement : statement.param("type", type.name());
	}

	long count() {
		return jdbc.sql("select count(*) from organisation.organisation").query(Long.class).single();
	}

	Optional<Organisation> brandedOrganisationOf(PersonId person) {
		return jdbc.sql(BRANDED).param("person", person.value()).query(OrganisationQueries::organisation).optional();
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		var businessId = rs.getString("business_id");
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("name"),
				businessId == null ? null : new BusinessId(businessId), rs.getString("municipality_code"),
				rs.getString("industry_code"), rs.getString("primary_colour"), rs.getBoolean("has_logo"),
				rs.getInt("version"));
	}

}
