package fi.osaamo.jobs;

import java.util.List;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who is interested in a job task, by pseudonym, for its company's HR specialists.
 */
@Component
class InterestedPeople {

	private final JobManagement jobs;

	private final JobInterests interests;

	private final IdentityManagement identities;

	InterestedPeople(JobManagement jobs, JobInterests interests, IdentityManagement identities) {
		this.jobs = jobs;
		this.interests = interests;
		this.identities = identities;
	}

	/**
	 * Who is interested in a job task, earliest first.
	 * @param actor who asks: an HR specialist of the task's company
	 * @param id the task
	 * @return the interested people
	 */
	List<Interest> of(PersonId actor, JobId id) {
		var task = jobs.require(id, actor);
		if (!jobs.isHr(actor, task.organisation())) {
			throw new NotFoundException("organisation " + task.organisation());
		}
		var rows = interests.interests(id);
		var people = identities.summaries(rows.stream().map(JobInterests.Expressed::person).toList());
		return rows.stream()
			.filter(row -> people.containsKey(row.person()))
			.map(row -> new Interest(row.person(), people.get(row.person()).pseudonym(), row.at()))
			.toList();
	}

}
