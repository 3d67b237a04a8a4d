package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.stereotype.Service;

/**
 * The best candidates for an open job task among the talents visible to a city, for the
 * city's growth team: each with the score explained skill by skill; the team decides what
 * to do with it. Every list shown is logged in the AI use log, and the ranking stops when
 * the feature is switched off in the AI register.
 */
@Service
public class CityCandidates {

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final IdentityManagement identities;

	private final AiRegister register;

	private final UseLog useLog;

	CityCandidates(MatchingEngine engine, GapAnalysis gaps, IdentityManagement identities, AiRegister register,
			UseLog useLog) {
		this.engine = engine;
		this.gaps = gaps;
		this.identities = identities;
		this.register = register;
		this.useLog = useLog;
	}

	/**
	 * Whether candidate ranking is switched on in the AI register.
	 * @return whether it is
	 */
	public boolean available() {
		return register.isEnabled(AutomatedFeature.CANDIDATE_RANKING);
	}

	/**
	 * Ranks the city's visible talents for an open task.
	 * @param viewer the growth-team member who asks
	 * @param city the team's city organisation
	 * @param task an open job task
	 * @param limit how many at most
	 * @param locale the language of the explanations
	 * @return the candidates, best first
	 */
	public List<Candidate> forTask(PersonId viewer, OrganisationId city, JobTask task, int limit, Locale locale) {
		register.require(AutomatedFeature.CANDIDATE_RANKING);
		var candidates = explained(engine.cityCandidates(task, city, limit), task, locale);
		useLog.record(UseLog.CANDIDATES, viewer, city.value(), "job:" + task.id().value(),
				candidates.stream()
					.map(c -> Map.<String, Object>of("person", c.person().toString(), "score", c.gap().score()))
					.toList());
		return candidates;
	}

	/** The talents ranked, by pseudonym, each with their score explained. */
	private List<Candidate> explained(List<ProfileIndex.Ranked> ranked, JobTask task, Locale locale) {
		var names = identities.summaries(ranked.stream().map(candidate -> new PersonId(candidate.person())).toList());
		var candidates = new ArrayList<Candidate>();
		for (var candidate : ranked) {
			var person = new PersonId(candidate.person());
			candidates.add(new Candidate(person, names.containsKey(person) ? names.get(person).pseudonym() : "–",
					gaps.gap(person, task, locale)));
		}
		return candidates;
	}

	/**
	 * A talent ranked for a task.
	 *
	 * @param person who
	 * @param pseudonym their pseudonym
	 * @param gap the score and why: skills matched, partly matched and missing
	 */
	public record Candidate(PersonId person, String pseudonym, Gap gap) {
	}

}
