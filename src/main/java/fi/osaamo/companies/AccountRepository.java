package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a team's company accounts: the account manager and the size class.
 */
@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CompanyAccount> find(OrganisationId team, String businessId) {
		return jdbc.sql("""
				select team_id, business_id, company_name, manager_id, size_class, version from companies.account
				where team_id = :team and business_id = :businessId""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> account(rs))
			.optional();
	}

	Set<String> ofSize(OrganisationId team, SizeClass size) {
		return new HashSet<>(
				jdbc.sql("select business_id from companies.account where team_id = :team and size_class = :size")
					.param("team", team.value())
					.param("size", size.name())
					.query(String.class)
					.list());
	}

	Map<String, SizeClass> sizeClasses(OrganisationId team) {
		var sizes = new HashMap<String, SizeClass>();
		jdbc.sql(
				"select business_id, size_class from companies.account where team_id = :team and size_class is not null")
			.param("team", team.value())
			.query((RowCallbackHandler) rs -> sizes.put(rs.getString("business_id"),
					SizeClass.valueOf(rs.getString("size_class"))));
		return sizes;
	}

	/**
	 * Sets one column of the account, if no one changed it since the user saw it.
	 * @param column {@code manager_id} or {@code size_class}, never user input
	 */
	void change(OrganisationId team, CompanyRef company, String column, @Nullable Object value, int version) {
		ensure(team, company);
		OptimisticLock.update(jdbc
			.sql("update companies.account set " + column + " = :value, company_name = :name,"
					+ " version = version + 1, updated_at = now()"
					+ " where team_id = :team and business_id = :businessId and version = :version")
			.param("value", value)
			.param("name", company.name())
			.param("team", team.value())
			.param("businessId", company.businessId()), version);
	}

	void ensure(OrganisationId team, CompanyRef company) {
		jdbc.sql("""
				insert into companies.account (team_id, business_id, company_name) values (:team, :businessId, :name)
				on conflict (team_id, business_id) do nothing""")
			.param("team", team.value())
			.param("businessId", company.businessId())
			.param("name", company.name())
			.update();
	}

	private static CompanyAccount account(ResultSet rs) throws SQLException {
		var manager = rs.getObject("manager_id", UUID.class);
		var size = rs.getString("size_class");
		return new CompanyAccount(new OrganisationId(rs.getObject("team_id", UUID.class)), rs.getString("business_id"),
				rs.getString("company_name"), manager == null ? null : new PersonId(manager),
				size == null ? null : SizeClass.valueOf(size), rs.getInt("version"));
	}

}
