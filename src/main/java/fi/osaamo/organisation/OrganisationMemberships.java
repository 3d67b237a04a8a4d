package fi.osaamo.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.WorkNames;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds which roles in which organisations: the stored memberships.
 */
@Component
class OrganisationMemberships {

	private static final String INSERT = """
			insert into organisation.membership (organisation_id, person_id, role) values (:organisation, :person, :role)
			on conflict do nothing""";

	private static final String DELETE = """
			delete from organisation.membership where organisation_id = :organisation and person_id = :person and role = :role""";

	private final JdbcClient jdbc;

	private final WorkNames workNames;

	private final ApplicationEventPublisher events;

	OrganisationMemberships(JdbcClient jdbc, WorkNames workNames, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.workNames = workNames;
		this.events = events;
	}

	/**
	 * Stores a role that fits the organisation; a professional starts working under the
	 * name they recorded.
	 */
	void add(Organisation organisation, PersonId person, Role role) {
		organisation.type().checkAllows(role);
		jdbc.sql(INSERT)
			.param("organisation", organisation.id().value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
		if (role.professional()) {
			workNames.adoptRecordedName(person);
		}
	}

	/**
	 * Takes a role away; a person left without roles has left the organisation. A manager
	 * cannot take away their own administrator role.
	 */
	void remove(OrganisationId organisation, PersonId person, Role role, PersonId actor) {
		checkNotOwnAdminRole(person, role, actor);
		jdbc.sql(DELETE)
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
		if (!hasRole(person, organisation)) {
			events.publishEvent(new LeftOrganisation(person, organisation));
		}
	}

	private static void checkNotOwnAdminRole(PersonId person, Role role, PersonId actor) {
		if (person.equals(actor) && role == Role.ADMIN) {
			throw new InvalidInputException("member", "validation.member.ownAdminRole");
		}
	}

	void removeAll(PersonId person) {
		jdbc.sql("delete from organisation.membership where person_id = :person")
			.param("person", person.value())
			.update();
	}

	List<Membership> of(PersonId person) {
		return jdbc.sql("""
				select o.id, o.name, o.type, m.role from organisation.membership m
				join organisation.organisation o on o.id = m.organisation_id
				where m.person_id = :person order by o.name, m.role""")
			.param("person", person.value())
			.query((rs, row) -> new Membership(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
					OrganisationType.valueOf(rs.getString("type")), Role.valueOf(rs.getString("role"))))
			.list();
	}

	Set<PersonId> ids(OrganisationId organisation, Role role) {
		return new HashSet<>(jdbc
			.sql("select person_id from organisation.membership where organisation_id = :organisation and role = :role")
			.param("organisation", organisation.value())
			.param("role", role.name())
			.query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.list());
	}

	/** Whether a person holds any of the roles; none means any role. */
	boolean hasRole(PersonId person, OrganisationId organisation, Role... roles) {
		var names = Arrays.stream(roles.length == 0 ? Role.values() : roles).map(Role::name).toArray(String[]::new);
		return jdbc.sql("""
				select exists (select 1 from organisation.membership
				where person_id = :person and organisation_id = :organisation and role = any(:roles))""")
			.param("person", person.value())
			.param("organisation", organisation.value())
			.param("roles", names)
			.query(Boolean.class)
			.single();
	}

}
