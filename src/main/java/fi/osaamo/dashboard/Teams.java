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
import org.springframework.stereotype.Component;

/**
 * The growth team a user works in: the city organisation where they hold the growth-team
 * role. Account-management records are the team's, so every page of it asks here first.
 */
@Component
class Teams {

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	Teams(OrganisationManagement organisations, IdentityManagement identities) {
		this.organisations = organisations;
		this.identities = identities;
	}

	Optional<Team> teamOf(PersonId person) {
		return organisations.membershipsOf(person)
			.stream()
			.filter(membership -> membership.role() == Role.GROWTH_TEAM)
			.min(Comparator.comparing(Membership::organisationName))
			.map(membership -> new Team(membership.organisationId(), membership.organisationName()));
	}

	List<Member> members(OrganisationId team) {
		return organisations.members(team)
			.stream()
			.filter(member -> member.role() == Role.GROWTH_TEAM)
			.sorted(Comparator.comparing(Member::pseudonym))
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
