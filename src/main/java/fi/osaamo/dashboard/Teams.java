package fi.osaamo.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.organisation.Member;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The growth team a user works in: the city organisation where they hold the growth-team
 * role. Account-management records are the team's, so every page of it asks here first. A
 * member of several teams chooses one explicitly; until they do, the pages ask them to
 * ({@link ChooseTeamException}), never guessing.
 */
@Component
class Teams {

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final JdbcClient jdbc;

	Teams(OrganisationManagement organisations, IdentityManagement identities, JdbcClient jdbc) {
		this.organisations = organisations;
		this.identities = identities;
		this.jdbc = jdbc;
	}

	/**
	 * The team a person works in now.
	 * @param person the person
	 * @return the only team they belong to, or the one they chose; empty for a person in
	 * no team
	 * @throws ChooseTeamException for a member of several teams who has not chosen one
	 * they still belong to
	 */
	Optional<Team> teamOf(PersonId person) {
		var all = teamsOf(person);
		if (all.size() <= 1) {
			return all.stream().findFirst();
		}
		var chosen = jdbc.sql("select organisation_id from dashboard.team_choice where person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> new OrganisationId(rs.getObject("organisation_id", java.util.UUID.class)))
			.optional();
		return Optional.of(chosen.flatMap(id -> all.stream().filter(team -> team.id().equals(id)).findFirst())
			.orElseThrow(ChooseTeamException::new));
	}

	/**
	 * Every team a person belongs to, by name.
	 * @param person the person
	 * @return the teams
	 */
	List<Team> teamsOf(PersonId person) {
		return organisations.membershipsOf(person)
			.stream()
			.filter(membership -> membership.role() == Role.GROWTH_TEAM)
			.sorted(Comparator.comparing(Membership::organisationName))
			.map(membership -> new Team(membership.organisationId(), membership.organisationName()))
			.toList();
	}

	/**
	 * Records the team a person chose to work in.
	 * @param person the person
	 * @param team the team, one they belong to
	 */
	void choose(PersonId person, OrganisationId team) {
		if (teamsOf(person).stream().noneMatch(candidate -> candidate.id().equals(team))) {
			throw new fi.osaamo.platform.NotFoundException("team " + team);
		}
		jdbc.sql("""
				insert into dashboard.team_choice (person_id, organisation_id) values (:person, :team)
				on conflict (person_id) do update set organisation_id = excluded.organisation_id, chosen_at = now()""")
			.param("person", person.value())
			.param("team", team.value())
			.update();
	}

	List<Member> members(OrganisationId team) {
		return organisations.members(team)
			.stream()
			.filter(member -> member.role() == Role.GROWTH_TEAM)
			.sorted(Comparator.comparing(Member::name))
			.toList();
	}

	Map<PersonId, PersonSummary> pseudonyms(java.util.Collection<PersonId> people) {
		return identities.summaries(people);
	}

	/**
	 * A growth team.
	 *
	 * @param id the city organisation
	 * @param name its name
	 */
	record Team(OrganisationId id, String name) {
	}

}
