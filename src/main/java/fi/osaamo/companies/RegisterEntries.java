package fi.osaamo.companies;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads everything the register gives of companies, in the order of their business IDs,
 * for publishing it again.
 */
@Repository
class RegisterEntries {

	private final JdbcClient jdbc;

	private final RegisterRows rows;

	RegisterEntries(JdbcClient jdbc, RegisterRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	List<RegisterEntry> after(@Nullable String after, @Nullable String municipality, int limit) {
		return jdbc.sql("""
				select * from companies.register_company
				where (cast(:after as varchar) is null or business_id > :after)
				  and (cast(:municipality as varchar) is null or municipality_code = :municipality)
				order by business_id limit :limit""")
			.param("after", after)
			.param("municipality", municipality)
			.param("limit", limit)
			.query(rows::entry)
			.list();
	}

	Optional<RegisterEntry> of(String businessId) {
		return jdbc.sql("select * from companies.register_company where business_id = :id")
			.param("id", businessId)
			.query(rows::entry)
			.optional();
	}

}
