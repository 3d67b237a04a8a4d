package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a team deals with at each company: their name, role, phone, e-mail, what
 * they agreed to be contacted for and where their details came from. Other modules (the
 * needs-mapping bot) read only those who agreed to outreach,
 * {@link #reachableByOutreach}.
 */
@Service
public class ContactPersons {

	private static final String COLUMNS = """
			id, business_id, name, role, phone, email, consent, consented_on, source, updated_at, version""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	ContactPersons(JdbcClient jdbc, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Checks a contact person's details and keeps every problem, for a form that shows
	 * them all at once.
	 * @param problems where the problems go
	 * @param person the details
	 * @param today today, for the day of consent
	 */
	public static void check(FormProblems problems, NewContactPerson person, LocalDate today) {
		ContactPersonChecks.check(problems, person, today);
	}

	/**
	 * The team's contact persons at a company, by name.
	 * @param team the team
	 * @param businessId the company
	 * @return the persons
	 */
	public List<ContactPerson> persons(OrganisationId team, String businessId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from companies.contact_person where team_id = :team and business_id = :businessId
				order by lower(name), id""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> person(rs))
			.list();
	}

	/**
	 * The contact persons at a company who agreed to outreach by the needs-mapping bot,
	 * with the phone or e-mail address to reach them by.
	 * @param team the team
	 * @param businessId the company
	 * @return the persons, by name
	 */
	public List<ContactPerson> reachableByOutreach(OrganisationId team, String businessId) {
		return persons(team, businessId).stream()
			.filter(person -> person.consents(ConsentScope.BOT_OUTREACH))
			.filter(person -> person.email() != null || person.phone() != null)
			.toList();
	}

	/**
	 * One of the team's contact persons at a company.
	 * @param team the team
	 * @param businessId the company
	 * @param id the person
	 * @return the person, if the team has them at this company
	 */
	public Optional<ContactPerson> findPerson(OrganisationId team, String businessId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from companies.contact_person where team_id = :team and business_id = :businessId and id = :id""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id)
			.query((rs, row) -> person(rs))
			.optional();
	}

	/**
	 * Adds a contact person at a company.
	 * @param team the team
	 * @param company the company
	 * @param person the details
	 * @param actor who adds them
	 * @return the person's id
	 */
	@Transactional
	public UUID add(OrganisationId team, CompanyRef company, NewContactPerson person, PersonId actor) {
		var checked = ContactPersonChecks.checked(person, LocalDate.now(clock));
		accounts.ensureAccount(team, company);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into companies.contact_person (id, team_id, business_id, name, role, phone, email, consent,
				  consented_on, source, created_by, updated_by)
				values (:id, :team, :businessId, :name, :role, :phone, :email, cast(:consent as varchar(20)[]),
				  :consentedOn, :source, :actor, :actor)""")
			.param("id", id)
			.param("team", team.value())
			.param("businessId", company.businessId())
			.params(details(checked, actor))
			.update();
		return id;
	}

	/**
	 * Changes a contact person's details, if no one changed them since the user saw them.
	 * @param team the team
	 * @param businessId the company
	 * @param id the person
	 * @param person the new details
	 * @param version the version the user saw
	 * @param actor who changes them
	 */
	@Transactional
	public void change(OrganisationId team, String businessId, UUID id, NewContactPerson person, int version,
			PersonId actor) {
		var checked = ContactPersonChecks.checked(person, LocalDate.now(clock));
		require(team, businessId, id);
		OptimisticLock.update(jdbc.sql("""
				update companies.contact_person set name = :name, role = :role, phone = :phone, email = :email,
				  consent = cast(:consent as varchar(20)[]), consented_on = :consentedOn, source = :source,
				  updated_by = :actor, updated_at = now(), version = version + 1
				where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id)
			.params(details(checked, actor)), version);
	}

	/**
	 * Removes a contact person, for instance when they leave the company or ask to be
	 * forgotten.
	 * @param team the team
	 * @param businessId the company
	 * @param id the person
	 * @param version the version the user saw
	 */
	@Transactional
	public void remove(OrganisationId team, String businessId, UUID id, int version) {
		require(team, businessId, id);
		OptimisticLock.update(jdbc.sql("""
				delete from companies.contact_person
				where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id), version);
	}

	private void require(OrganisationId team, String businessId, UUID id) {
		if (findPerson(team, businessId, id).isEmpty()) {
			throw new NotFoundException("contact person " + id);
		}
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
