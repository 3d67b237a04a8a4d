package fi.osaamo.companies;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conditions of a search of the register, as SQL, with their parameters to bind.
 *
 * @param sql the where clause
 * @param query the words searched, stripped
 * @param pattern the words as a pattern for {@code ilike}
 * @param divisions the two-digit industry divisions
 * @param municipality the municipality's code, if any
 * @param among only these companies, if given
 * @param excluding not these companies
 */
record RegisterWhere(String sql, String query, String pattern, List<String> divisions, @Nullable String municipality,
		String[] among, String[] excluding) {

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		var bound = statement.param("query", query).param("pattern", pattern);
		bound = bound.param("divisions", divisions.toArray(String[]::new));
		return bound.param("municipality", municipality).param("among", among).param("excluding", excluding);
	}

	/**
	 * The where clause of a search.
	 * @param search the search
	 * @param query its words, stripped
	 * @return the clause, with a leading space
	 */
	static String conditions(CompanySearch search, String query) {
		var sql = new StringBuilder(" where true");
		appendFilters(sql, search, query);
		appendCompanies(sql, search);
		appendStatus(sql, search.status());
		return sql.toString();
	}

	private static void appendFilters(StringBuilder sql, CompanySearch search, String query) {
		if (!query.isEmpty()) {
			sql.append(" and (c.name ilike :pattern or c.business_id = :query)");
		}
		if (search.industry() != null) {
			sql.append(" and substr(c.industry_code, 1, 2) = any(:divisions)");
		}
		if (search.municipality() != null) {
			sql.append(" and c.municipality_code = :municipality");
		}
	}

	private static void appendCompanies(StringBuilder sql, CompanySearch search) {
		if (search.among() != null) {
			sql.append(" and c.business_id = any(:among)");
		}
		if (!search.excluding().isEmpty()) {
			sql.append(" and not (c.business_id = any(:excluding))");
		}
	}

	private static void appendStatus(StringBuilder sql, CompanySearch.Status status) {
		switch (status) {
			case ACTIVE -> sql.append(" and c.end_date is null");
			case ENDED -> sql.append(" and c.end_date is not null");
			default -> {
			}
		}
	}

}
