package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the contact persons a team has at companies.
 */
@Repository
class ContactPersonRepository {

	private static final String COLUMNS = """
			id, business_id, name, role, phone, email, consent, consented_on, source, updated_at, version""";

	private final JdbcClient jdbc;

	ContactPersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ContactPerson> ofCompany(OrganisationId team, String businessId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from companies.contact_person where team_id = :team and business_id = :businessId
				order by lower(name), id""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> person(rs))
			.list();
	}

	Optional<ContactPerson> find(OrganisationId team, String businessId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from companies.contact_person where team_id = :team and business_id = :businessId and id = :id""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id)
			.query((rs, row) -> person(rs))
			.optional();
	}

	void insert(UUID id, OrganisationId team, CompanyRef company, ContactPersonChecks.Checked checked, PersonId actor) {
		jdbc.sql("""
				insert into companies.contact_person (id, team_id, business_id, name, role, phone, email, consent,
				  consented_on, source, created_by, updated_by)
				values (:id, :team, :businessId, :name, :role, :phone, :email, cast(:consent as varchar(20)[]),
				  :consentedOn, :source, :actor, :actor)""")
			.params(Map.of("id", id, "team", team.value(), "businessId", company.businessId()))
			.params(details(checked, actor))
			.update();
	}

	void update(OrganisationId team, String businessId, UUID id, ContactPersonChecks.Checked checked, int version,
			PersonId actor) {
		OptimisticLock.update(jdbc.sql("""
				update companies.contact_person set name = :name, role = :role, phone = :phone, email = :email,
				  consent = cast(:consent as varchar(20)[]), consented_on = :consentedOn, source = :source,
				  updated_by = :actor, updated_at = now(), version = version + 1
				where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.params(Map.of("team", team.value(), "businessId", businessId, "id", id))
			.params(details(checked, actor)), version);
	}

	void delete(OrganisationId team, String businessId, UUID id, int version) {
		OptimisticLock.update(jdbc.sql("""
				delete from companies.contact_person
				where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id), version);
	}

	private static Map<String, Object> details(ContactPersonChecks.Checked checked, PersonId actor) {
		var values = new HashMap<String, Object>();
		values.put("name", checked.name());
		values.put("role", checked.role());
		values.put("phone", checked.phone());
		values.put("email", checked.email());
		values.put("consent", checked.consentNames());
		values.put("consentedOn", checked.consentedOn());
		values.put("source", checked.source().name());
		values.put("actor", actor.value());
		return values;
	}

	private static ContactPerson person(ResultSet rs) throws SQLException {
		var consent = Arrays.stream((String[]) rs.getArray("consent").getArray())
			.map(ConsentScope::valueOf)
			.collect(Collectors.toSet());
		return new ContactPerson(rs.getObject("id", UUID.class), rs.getString("business_id"), rs.getString("name"),
				rs.getString("role"), rs.getString("phone"), rs.getString("email"), consent,
				rs.getObject("consented_on", LocalDate.class), ContactSource.valueOf(rs.getString("source")),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
