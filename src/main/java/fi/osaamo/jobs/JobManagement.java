package fi.osaamo.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job tasks' API. Every call names who acts: a job task of another company does not
 * exist for them, a draft exists only for the company's HR specialists, and only they
 * change tasks.
 */
@Service
public class JobManagement {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 8000;

	static final int MAX_SKILLS = 50;

	private final JobRepository jobs;

	private final OrganisationManagement organisations;

	private final JobQueries queries;

	private final JobDrafts drafts;

	private final JobPostings postings;

	private final ApplicationEventPublisher events;

	private final JobInterests interests;

	JobManagement(JobRepository jobs, JobQueries queries, OrganisationManagement organisations, JobDrafts drafts,
			JobPostings postings, ApplicationEventPublisher events, JobInterests interests) {
		this.jobs = jobs;
		this.queries = queries;
		this.interests = interests;
		this.postings = postings;
		this.events = events;
		this.organisations = organisations;
		this.drafts = drafts;
	}

	/**
	 * A job task as the viewer may see it.
	 * @param id the task
	 * @param viewer who looks
	 * @return the task, if it exists for the viewer
	 */
	public Optional<JobTask> find(JobId id, PersonId viewer) {
		return queries.find(id).filter(task -> maySee(viewer, task));
	}

	/**
	 * A job task's title, for lists that name tasks already shown to their reader (such
	 * as suggestions about a person).
	 * @param id the task
	 * @return its title, if it still exists
	 */
	public Optional<String> title(JobId id) {
		return queries.find(id).map(JobTask::title);
	}

	public JobTask require(JobId id, PersonId viewer) {
		return find(id, viewer).orElseThrow(() -> new NotFoundException("job " + id));
	}

	public boolean isHr(PersonId person, OrganisationId organisation) {
		return organisations.hasRole(person, organisation, Role.HR);
	}

	/**
	 * The companies whose job tasks a person sees.
	 * @param person the person
	 * @return their companies, one membership each
	 */
	public List<Membership> companiesOf(PersonId person) {
		var seen = new HashSet<OrganisationId>();
		return organisations.membershipsOf(person)
			.stream()
			.filter(membership -> membership.organisationType() == OrganisationType.COMPANY)
			.filter(membership -> seen.add(membership.organisationId()))
			.toList();
	}

	/**
	 * Job tasks of the viewer's companies; drafts only of those where they are HR.
	 * @param viewer who looks
	 * @param organisation one company, or all of the viewer's
	 * @param status only this status, or any
	 * @param query words in the title or description
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	public JobPage list(PersonId viewer, @Nullable OrganisationId organisation, @Nullable JobStatus status,
			String query, int page, int size) {
		var companies = companiesOf(viewer).stream()
			.map(Membership::organisationId)
			.filter(company -> organisation == null || company.equals(organisation))
			.toList();
		if (companies.isEmpty()) {
			return new JobPage(List.of(), page, size, 0);
		}
		var hrEverywhere = companies.stream().allMatch(company -> isHr(viewer, company));
		return queries.page(companies, status, hrEverywhere, query, Math.max(0, page), size);
	}

	@Transactional
	public JobTask create(PersonId actor, OrganisationId organisation, JobDraft draft) {
		requireHr(actor, organisation);
		var checked = drafts.check(draft, organisation, null);
		var id = new JobId(UUID.randomUUID());
		jobs.insert(id, organisation, actor, checked);
		events.publishEvent(new JobChanged(id, false));
		return queries.find(id).orElseThrow();
	}

	@Transactional
	public JobTask update(PersonId actor, JobId id, JobDraft draft, int version) {
		var task = require(id, actor);
		requireHr(actor, task.organisation());
		jobs.update(id, drafts.check(draft, task.organisation(), task.municipalityCode()), version);
		events.publishEvent(new JobChanged(id, false));
		return queries.find(id).orElseThrow();
	}

	/**
	 * Deletes a job task, or closes it when people have expressed interest in it, so that
	 * their interest is not lost silently.
	 * @param actor who deletes
	 * @param id the task
	 * @return whether the task was closed instead of deleted
	 */
	@Transactional
	public boolean delete(PersonId actor, JobId id) {
		var task = require(id, actor);
		requireHr(actor, task.organisation());
		if (interests.count(id) > 0) {
			jobs.close(id);
			events.publishEvent(new JobChanged(id, false));
			return true;
		}
		jobs.delete(id);
		events.publishEvent(new JobChanged(id, true));
		return false;
	}

	/**
	 * Open job tasks as schema.org JobPostings, for the public open-data API: in id
	 * order, after a cursor.
	 * @param after the last id of the previous page, or {@code null} for the first
	 * @param municipalities only tasks in these municipalities (Statistics Finland
	 * codes), or {@code null} for all
	 * @param limit how many
	 * @param locale the language of labels
	 * @return the postings, each with its {@code identifier}
	 */
	public List<java.util.Map<String, Object>> openPostings(@Nullable UUID after,
			java.util.@Nullable Collection<String> municipalities, int limit, java.util.Locale locale) {
		return queries.open(after, municipalities, limit).stream().map(task -> postings.posting(task, locale)).toList();
	}

	/**
	 * Open job tasks of every company whose title contains the words, newest first: they
	 * are public, so anyone may list them.
	 * @param query words in the title
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the tasks
	 */
	public List<JobTask> openTasks(String query, long offset, int limit) {
		return queries.openMatching(query, offset, limit);
	}

	public long countOpenTasks(String query) {
		return queries.countOpenMatching(query);
	}

	/**
	 * An open job task, which anyone may see.
	 * @param id the task
	 * @return the task, if it is open
	 */
	public Optional<JobTask> openTask(JobId id) {
		return queries.find(id).filter(task -> task.status() == JobStatus.OPEN);
	}

	/**
	 * Who expressed interest in a task, earliest first; callers show only those whose
	 * permissions allow it.
	 * @param id the task
	 * @return the people
	 */
	public List<PersonId> interested(JobId id) {
		return interests.interests(id).stream().map(JobInterests.Expressed::person).toList();
	}

	/**
	 * How many open job tasks some companies have.
	 * @param organisations the companies
	 * @return the count by company, for those that have open tasks
	 */
	public java.util.Map<OrganisationId, Integer> countOpenTasksOf(java.util.Collection<OrganisationId> organisations) {
		return queries.countOpenOf(organisations);
	}

	/**
	 * A company's open job tasks, newest first: they are public (the open-data API
	 * publishes them), so anyone may list them.
	 * @param organisation the company
	 * @param limit how many at most
	 * @return the tasks
	 */
	public List<JobTask> openTasksOf(OrganisationId organisation, int limit) {
		return queries.openOf(organisation, limit);
	}

	/**
	 * An open job task as a schema.org JobPosting, for the public open-data API.
	 * @param id the task
	 * @param locale the language of labels
	 * @return the posting, if the task is open
	 */
	public Optional<java.util.Map<String, Object>> openPosting(JobId id, java.util.Locale locale) {
		return queries.find(id)
			.filter(task -> task.status() == JobStatus.OPEN)
			.map(task -> postings.posting(task, locale));
	}

	@Transactional
	public void expressInterest(PersonId person, JobId id) {
		var task = require(id, person);
		if (task.status() != JobStatus.OPEN) {
			throw new InvalidInputException("job", "validation.jobNotOpen");
		}
		interests.add(id, person);
	}

	@Transactional
	public void withdrawInterest(PersonId person, JobId id) {
		require(id, person);
		interests.remove(id, person);
	}

	/**
	 * Forgets a person's interest in every job task.
	 * @param person the person
	 */
	@Transactional
	public void forget(PersonId person) {
		interests.deleteAllOf(person);
	}

	/**
	 * The job tasks a person has expressed interest in, as far as they still see them.
	 * @param person the person
	 * @return the tasks
	 */
	public List<JobTask> interestsOf(PersonId person) {
		return interests.of(person).stream().flatMap(id -> find(id, person).stream()).toList();
	}

	public boolean hasInterest(JobId id, PersonId person) {
		return interests.has(id, person);
	}

	private boolean maySee(PersonId viewer, JobTask task) {
		if (task.status() == JobStatus.DRAFT) {
			return isHr(viewer, task.organisation());
		}
		return organisations.hasRole(viewer, task.organisation());
	}

	private void requireHr(PersonId actor, OrganisationId organisation) {
		if (!isHr(actor, organisation)) {
			throw new NotFoundException("organisation " + organisation);
		}
	}

}
