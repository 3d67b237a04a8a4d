package fi.osaamo.organisation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.identity.WorkNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds which roles in which organisations: the stored memberships, and the members
 * named as the organisation may see them.
 */
@Component
class OrganisationMemberships {

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final WorkNames workNames;

	private final ApplicationEventPublisher events;

	OrganisationMemberships(JdbcClient jdbc, IdentityManagement identities, WorkNames workNames,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.workNames = workNames;
		this.events = events;
	}

	/**
	 * Stores a role, already checked to fit the organisation; a professional starts
	 * working under the name they recorded.
	 */
	void add(OrganisationId organisation, PersonId person, Role role) {
		jdbc.sql(
				"""
						insert into organisation.membership (organisation_id, person_id, role) values (:organisation, :person, :role)
						on conflict do nothing""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
		if (role.professional()) {
			workNames.adoptRecordedName(person);
		}
	}

	/** Takes a role away; a person left without roles has left the organisation. */
	void remove(OrganisationId organisation, PersonId person, Role role) {
		jdbc.sql(
				"delete from organisation.membership where organisation_id = :organisation and person_id = :person and role = :role")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
		if (!hasRole(person, organisation)) {
			events.publishEvent(new LeftOrganisation(person, organisation));
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

	/**
	 * The members of an organisation: staff by their work names, employees by pseudonym.
	 */
	List<Member> members(OrganisationId organisation) {
		var rows = jdbc.sql("select person_id, role from organisation.membership where organisation_id = :organisation")
			.param("organisation", organisation.value())
			.query((rs, row) -> new Row(new PersonId(rs.getObject("person_id", UUID.class)),
					Role.valueOf(rs.getString("role"))))
			.list();
		var summaries = identities.summaries(rows.stream().map(Row::person).toList());
		return rows.stream()
			.filter(row -> summaries.containsKey(row.person()))
			.map(row -> member(summaries.get(row.person()), row.role()))
			.sorted(Comparator.comparing(Member::name).thenComparing(Member::role))
			.toList();
	}

	private static Member member(PersonSummary summary, Role role) {
		return new Member(summary.id(), summary.pseudonym(),
				role.professional() ? summary.atWork() : summary.pseudonym(), role);
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

	private record Row(PersonId person, Role role) {
	}

}
