package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matching", description = "Explained rankings of job tasks and people; a person decides")
class MatchingApiController {

	static final int MAX_LIMIT = 100;

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final JobManagement jobs;

	private final TaxonomyManagement taxonomy;

	private final Candidates candidates;

	private final UseLog useLog;

	private final AiRegister register;

	MatchingApiController(MatchingEngine engine, GapAnalysis gaps, JobManagement jobs, TaxonomyManagement taxonomy,
			Candidates candidates, UseLog useLog, AiRegister register) {
		this.register = register;
		this.engine = engine;
		this.gaps = gaps;
		this.jobs = jobs;
		this.taxonomy = taxonomy;
		this.candidates = candidates;
		this.useLog = useLog;
	}

	@PostMapping("/api/v1/matching/jobs")
	@Operation(summary = "The open job tasks visible to the caller, best match first, each explained. "
			+ "Without skills, the caller's own mapping is used.")
	List<RankedJobJson> rankJobs(@AuthenticationPrincipal PersonPrincipal user, @RequestBody RankJobsRequest request,
			Locale locale) {
		register.require(AutomatedFeature.JOB_RANKING);
		var limit = limit(request.limit());
		var profile = request.skills() == null || request.skills().isEmpty() ? engine.profile(user.personId())
				: engine.profile(checked(request.skills()));
		var visible = jobs.list(user.personId(), null, JobStatus.OPEN, "", 0, 1000).items();
		var ranked = engine.rankJobs(profile, visible, limit);
		var result = new ArrayList<RankedJobJson>();
		for (var job : ranked) {
			var gap = gaps.gap(profile, job.task(), locale);
			result.add(new RankedJobJson(job.task().id().value(), job.task().title(), gap.score(),
					explanation(gap, GapExplainer.Voice.PERSON, locale)));
		}
		useLog.record(UseLog.JOBS, user.personId(), null, "skills",
				result.stream()
					.map(job -> Map.<String, Object>of("job", job.id().toString(), "score", job.score()))
					.toList());
		return result;
	}

	@GetMapping("/api/v1/matching/jobs/{id}/candidates")
	@Operation(summary = "For the task's HR specialists: the people who share their skills with the company, "
			+ "best match first, by pseudonym, each explained. Every call is logged.")
	List<CandidateJson> candidates(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "20") int limit, Locale locale) {
		return candidates.forTask(user.personId(), id, limit(limit), locale)
			.candidates()
			.stream()
			.map(candidate -> new CandidateJson(candidate.person().value(), candidate.pseudonym(),
					candidate.gap().score(), explanation(candidate.gap(), GapExplainer.Voice.OTHERS, locale)))
			.toList();
	}

	private ExplanationJson explanation(Gap gap, GapExplainer.Voice voice, Locale locale) {
		return new ExplanationJson(gap.matched(), gap.partial(), gap.missing(), gaps.words(gap, voice, locale));
	}

	private List<MatchingEngine.SkillLevel> checked(List<SkillJson> skills) {
		if (skills.size() > 200) {
			throw new InvalidInputException("skills", "validation.tooMany", 200);
		}
		var seen = new HashSet<String>();
		var checked = new ArrayList<MatchingEngine.SkillLevel>();
		for (var skill : skills) {
			if (skill.uri() == null || !taxonomy.isSkill(skill.uri())) {
				throw new InvalidInputException("skills", "validation.unknownSkill",
						skill.uri() == null ? "" : skill.uri());
			}
			if (skill.level() == null || skill.level() < 1 || skill.level() > 5) {
				throw new InvalidInputException("skills", "validation.level");
			}
			if (seen.add(skill.uri())) {
				checked.add(new MatchingEngine.SkillLevel(skill.uri(), skill.level()));
			}
		}
		return checked;
	}

	static int limit(@Nullable Integer limit) {
		if (limit == null) {
			return 10;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "validation.limit", 1, MAX_LIMIT);
		}
		return limit;
	}

	/**
	 * What to rank job tasks for.
	 *
	 * @param skills skills with levels; none to use the caller's mapping
	 * @param limit how many tasks at most, 1–100, 10 by default
	 */
	record RankJobsRequest(@Nullable List<SkillJson> skills, @Nullable Integer limit) {
	}

	/**
	 * A skill with a level.
	 *
	 * @param uri the ESCO skill URI
	 * @param level 1–5
	 */
	record SkillJson(@Nullable String uri, @Nullable Integer level) {
	}

	/**
	 * A job task and how well it matches.
	 *
	 * @param id the task
	 * @param title its title
	 * @param score 0–100
	 * @param explanation what the score is made of
	 */
	record RankedJobJson(UUID id, String title, int score, ExplanationJson explanation) {
	}

	/**
	 * A person who shares their skills with the company, and how well they match.
	 *
	 * @param person the person's id
	 * @param pseudonym the person's pseudonym
	 * @param score 0–100
	 * @param explanation what the score is made of
	 */
	record CandidateJson(UUID person, String pseudonym, int score, ExplanationJson explanation) {
	}

	/**
	 * The parts of a score.
	 *
	 * @param matched skills at or above the required level
	 * @param partial skills at a lower level, or met by a related skill
	 * @param missing skills lacking
	 * @param text the explanation in the caller's language
	 */
	record ExplanationJson(List<GapItem> matched, List<GapItem> partial, List<GapItem> missing, String text) {
	}

}
