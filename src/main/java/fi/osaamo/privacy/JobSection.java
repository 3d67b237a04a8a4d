package fi.osaamo.privacy;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.Allocations;
import org.springframework.stereotype.Component;

/**
 * The My data page's part on job tasks: the suggestions about the person with HR's
 * decisions, and the tasks they are interested in.
 */
@Component
class JobSection {

	private final JobManagement jobs;

	private final Allocations allocations;

	JobSection(JobManagement jobs, Allocations allocations) {
		this.jobs = jobs;
		this.allocations = allocations;
	}

	MyDataPage.Jobs of(PersonId person) {
		return new MyDataPage.Jobs(allocations.forPerson(person),
				jobs.interestsOf(person).stream().map(JobTask::title).toList());
	}

}
