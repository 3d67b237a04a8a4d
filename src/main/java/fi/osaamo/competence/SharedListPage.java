package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.organisation.Membership;

/**
 * What an HR specialist sees: the people of their company who share something.
 *
 * @param organisation the company
 * @param organisations the companies where the viewer is an HR specialist
 * @param people the people who share, by pseudonym
 * @param followUps the company's dialogues to follow up
 */
public record SharedListPage(Membership organisation, List<Membership> organisations, List<SharedPerson> people,
		List<FollowUp> followUps) {

	public boolean shares(FollowUp followUp) {
		return people.stream().anyMatch(person -> person.person().equals(followUp.person()));
	}

	public boolean due(FollowUp followUp) {
		return !followUp.followUpOn().isAfter(java.time.LocalDate.now());
	}

}
