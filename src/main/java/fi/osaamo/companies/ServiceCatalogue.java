package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's catalogue of the region's services (growth deals) that needs are referred to.
 * A service is withdrawn, never deleted, so the referrals made to it keep their meaning.
 */
@Service
public class ServiceCatalogue {

	private final JdbcClient jdbc;

	ServiceCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The team's services by name.
	 * @param team the team
	 * @param withdrawn whether to include withdrawn ones
	 * @return the services
	 */
	public List<ServiceOffer> services(OrganisationId team, boolean withdrawn) {
		return jdbc
			.sql("""
					select id, name, kind, provider, description, contact, withdrawn_at, version from companies.service
					where team_id = :team and (:withdrawn or withdrawn_at is null) order by withdrawn_at nulls first, lower(name)""")
			.param("team", team.value())
			.param("withdrawn", withdrawn)
			.query((rs, row) -> service(rs))
			.list();
	}

	/**
	 * One of the team's services.
	 * @param team the team
	 * @param id the service
	 * @return the service, if the team has it
	 */
	public Optional<ServiceOffer> findService(OrganisationId team, UUID id) {
		return jdbc.sql("""
				select id, name, kind, provider, description, contact, withdrawn_at, version from companies.service
				where team_id = :team and id = :id""")
			.param("team", team.value())
			.param("id", id)
			.query((rs, row) -> service(rs))
			.optional();
	}

	/**
	 * Adds a service to the catalogue.
	 * @param team the team
	 * @param service the service
	 * @return its id
	 */
	@Transactional
	public UUID add(OrganisationId team, NewService service) {
		var values = checked(service);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into companies.service (id, team_id, name, kind, provider, description, contact)
				values (:id, :team, :name, :kind, :provider, :description, :contact)""")
			.param("id", id)
			.param("team", team.value())
			.params(values)
			.update();
		return id;
	}

	/**
	 * Withdraws a service: no new referrals go to it; the old ones keep it.
	 * @param team the team
	 * @param id the service
	 * @param version the version the user saw
	 */
	@Transactional
	public void withdraw(OrganisationId team, UUID id, int version) {
		findService(team, id).orElseThrow(() -> new NotFoundException("service " + id));
		OptimisticLock.update(jdbc.sql("""
				update companies.service set withdrawn_at = now(), version = version + 1
				where team_id = :team and id = :id and version = :version and withdrawn_at is null""")
			.param("team", team.value())
			.param("id", id), version);
	}

	private static ServiceOffer service(ResultSet rs) throws SQLException {
		var withdrawn = rs.getTimestamp("withdrawn_at");
		return new ServiceOffer(rs.getObject("id", UUID.class), rs.getString("name"),
				ServiceKind.valueOf(rs.getString("kind")), rs.getString("provider"), rs.getString("description"),
				rs.getString("contact"), withdrawn == null ? null : withdrawn.toInstant(), rs.getInt("version"));
	}

	/** The service's fields, checked, as the named parameters of a statement. */
	private static Map<String, @Nullable Object> checked(NewService service) {
		var values = new HashMap<String, @Nullable Object>();
		values.put("name", Checks.required(service.name(), "name", 200));
		values.put("kind", Checks.chosen(service.kind(), "kind").name());
		values.put("provider", Checks.required(service.provider(), "provider", 200));
		values.put("description", Checks.optional(service.description(), "description", 4000));
		values.put("contact", Checks.optional(service.contact(), "contact", 300));
		return values;
	}

}
