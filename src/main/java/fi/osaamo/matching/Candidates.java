package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The people who share their skills with a job task's company, best match first, each
 * explained; for the task's HR specialists only, and every list shown is logged. Serves
 * both the page and the API.
 */
@Service
class Candidates {

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final JobManagement jobs;

	private final IdentityManagement identities;

	private final AiRegister register;

	private final UseLog useLog;

	Candidates(MatchingEngine engine, GapAnalysis gaps, JobManagement jobs, IdentityManagement identities,
			AiRegister register, UseLog useLog) {
		this.engine = engine;
		this.gaps = gaps;
		this.jobs = jobs;
		this.identities = identities;
		this.register = register;
		this.useLog = useLog;
	}

	CandidatesPage forTask(PersonId hr, UUID id, int limit, Locale locale) {
		register.require(AutomatedFeature.CANDIDATE_RANKING);
		var task = hrTask(hr, id);
		var candidates = explained(engine.candidates(task, task.organisation(), limit), task, locale);
		useLog.record(UseLog.CANDIDATES, hr, task.organisation().value(), "job:" + id,
				candidates.stream()
					.map(c -> Map.<String, Object>of("person", c.person().toString(), "score", c.gap().score()))
					.toList());
		return new CandidatesPage(task, candidates);
	}

	private JobTask hrTask(PersonId hr, UUID id) {
		var task = jobs.require(new JobId(id), hr);
		if (!jobs.isHr(hr, task.organisation())) {
			throw new NotFoundException("job " + id);
		}
		return task;
	}

	/** The people ranked, by pseudonym, each with their score explained. */
	private List<CandidatesPage.Candidate> explained(List<ProfileIndex.Ranked> ranked, JobTask task, Locale locale) {
		var names = identities.summaries(ranked.stream().map(candidate -> new PersonId(candidate.person())).toList());
		var candidates = new ArrayList<CandidatesPage.Candidate>();
		for (var candidate : ranked) {
			var person = new PersonId(candidate.person());
			candidates.add(new CandidatesPage.Candidate(person,
					names.containsKey(person) ? names.get(person).pseudonym() : "–", gaps.gap(person, task, locale)));
		}
		return candidates;
	}

}
