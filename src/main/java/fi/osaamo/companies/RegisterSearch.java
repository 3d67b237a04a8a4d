package fi.osaamo.companies;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Searches the register: a page of the companies that match, all of them in order for
 * exports, and the municipalities it has companies in.
 */
@Repository
class RegisterSearch {

	private static final String MUNICIPALITY_CODES = """
			with recursive m (code) as (
			  (select municipality_code from companies.register_company where municipality_code is not null
			   order by municipality_code limit 1)
			  union all
			  select (select c.municipality_code from companies.register_company c where c.municipality_code > m.code
			          order by c.municipality_code limit 1)
			  from m where m.code is not null
			)
			select code from m where code is not null""";

	private final JdbcClient jdbc;

	private final RegisterQuery queries;

	RegisterSearch(JdbcClient jdbc, RegisterQuery queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	CompanyRegister.Page page(CompanySearch search, int page, int size) {
		var where = queries.where(search);
		var total = where.bind(jdbc.sql("select count(*) from companies.register_company c" + where.sql()))
			.query(Long.class)
			.single();
		return new CompanyRegister.Page(items(where, search.sort(), page, size), Math.max(0, page), size, total);
	}

	private List<RegisteredCompany> items(RegisterWhere where, CompanySearch.Sort sort, int page, int size) {
		return where
			.bind(jdbc.sql("select * from companies.register_company c" + where.sql() + RegisterQuery.order(sort)
					+ " limit :limit offset :offset"))
			.param("limit", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(RegisterRows::company)
			.list();
	}

	void forEach(CompanySearch search, Consumer<RegisteredCompany> consumer) {
		var where = queries.where(search);
		try (var companies = where
			.bind(jdbc
				.sql("select * from companies.register_company c" + where.sql() + RegisterQuery.order(search.sort())))
			.query(RegisterRows::company)
			.stream()) {
			// The stream holds the connection until it is closed.
			companies.forEach(consumer);
		}
	}

	/**
	 * The municipalities the register has companies in (read by skipping through the
	 * municipality index, so it stays cheap with many companies).
	 */
	Set<String> municipalityCodes() {
		return Set.copyOf(jdbc.sql(MUNICIPALITY_CODES).query(String.class).list());
	}

}
