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

}
