package fi.osaamo.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names an organisation's members as the organisation may see them: staff by their work
 * names, employees by pseudonym.
 */
@Component
class OrganisationMembers {

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	OrganisationMembers(JdbcClient jdbc, IdentityManagement identities) {
		this.jdbc = jdbc;
		this.identities = identities;
	}

	List<Member> members(OrganisationId organisation) {
		var rows = rows(organisation);
		var summaries = identities.summaries(rows.stream().map(Row::person).toList());
		return rows.stream()
			.filter(row -> summaries.containsKey(row.person()))
			.map(row -> member(summaries.get(row.person()), row.role()))
			.sorted(Comparator.comparing(Member::name).thenComparing(Member::role))
			.toList();
	}

	private List<Row> rows(OrganisationId organisation) {
		return jdbc.sql("select person_id, role from organisation.membership where organisation_id = :organisation")
			.param("organisation", organisation.value())
			.query((rs, row) -> new Row(new PersonId(rs.getObject("person_id", UUID.class)),
					Role.valueOf(rs.getString("role"))))
			.list();
	}

	private static Member member(PersonSummary summary, Role role) {
		return new Member(summary.id(), summary.pseudonym(),
				role.professional() ? summary.atWork() : summary.pseudonym(), role);
	}

	private record Row(PersonId person, Role role) {
	}

}
