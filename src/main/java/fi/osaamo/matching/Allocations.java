package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task allocation: the engine suggests which open job tasks suit which employees who
 * share their skills with the company; HR accepts or dismisses each suggestion with a
 * reason; the employee sees the suggestions about them and may contest one, and HR
 * answers ({@link AllocationReviews}). Every run is logged with what was shown.
 */
@Service
public class Allocations {

	/** Candidates per job task in one run. */
	static final int PER_TASK = 3;

	/** The lowest score worth suggesting, 0–1. */
	static final float MIN_SCORE = 0.4f;

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final JobManagement jobs;

	private final AiRegister register;

	private final UseLog useLog;

	private final Suggestions suggestions;

	Allocations(MatchingEngine engine, GapAnalysis gaps, JobManagement jobs, AiRegister register, UseLog useLog,
			Suggestions suggestions) {
		this.engine = engine;
		this.gaps = gaps;
		this.jobs = jobs;
		this.register = register;
		this.useLog = useLog;
		this.suggestions = suggestions;
	}

	/**
	 * Suggests allocations for the company's open job tasks; pairs suggested before are
	 * not suggested again.
	 * @param hr the HR specialist who asks
	 * @param company the company
	 * @param locale the language of the explanations
	 * @return how many new suggestions were made
	 */
	@Transactional
	int suggest(PersonId hr, OrganisationId company, Locale locale) {
		register.require(AutomatedFeature.TASK_ALLOCATION);
		requireHr(jobs, hr, company);
		var shown = new ArrayList<Map<String, Object>>();
		var created = 0;
		for (var task : jobs.list(hr, company, JobStatus.OPEN, "", 0, 500).items()) {
			created += suggest(hr, company, task, locale, shown);
		}
		useLog.record(UseLog.ALLOCATION, hr, company.value(), "company", shown);
		return created;
	}

	private int suggest(PersonId hr, OrganisationId company, JobTask task, Locale locale,
			List<Map<String, Object>> shown) {
		var created = 0;
		for (var candidate : engine.candidates(task, company, PER_TASK)) {
			if (candidate.score() >= MIN_SCORE) {
				created += suggest(hr, company, task, new PersonId(candidate.person()), locale, shown);
			}
		}
		return created;
	}

	private int suggest(PersonId hr, OrganisationId company, JobTask task, PersonId person, Locale locale,
			List<Map<String, Object>> shown) {
		var gap = gaps.gap(person, task, locale);
		var created = suggestions.insert(hr, company, task, person, gap);
		shown.add(Map.of("job", task.id().toString(), "person", person.toString(), "score", gap.score()));
		return created;
	}

	List<Suggestion> forCompany(PersonId hr, OrganisationId company) {
		requireHr(jobs, hr, company);
		return suggestions.load("s.organisation_id = :key", company.value());
	}

	public List<Suggestion> forPerson(PersonId person) {
		return suggestions.load("s.person_id = :key", person.value());
	}

	/**
	 * Removes everything about a person.
	 * @param person the person
	 */
	public void forget(PersonId person) {
		suggestions.forget(person);
	}

	/** Refuses anyone but the company's HR specialists, as if there were nothing. */
	static void requireHr(JobManagement jobs, PersonId hr, OrganisationId company) {
		if (!jobs.isHr(hr, company)) {
			throw new NotFoundException("allocations");
		}
	}

}
