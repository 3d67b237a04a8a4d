package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matching", description = "Explained rankings of job tasks and people; a person decides")
class MatchingApiController {

	static final int MAX_LIMIT = 100;

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final JobManagement jobs;

	private final TaxonomyManagement taxonomy;

	private final UseLog useLog;

	private final AiRegister register;

	MatchingApiController(MatchingEngine engine, GapAnalysis gaps, JobManagement jobs, TaxonomyManagement taxonomy,
			UseLog useLog, AiRegister register) {
		this.register = register;
		this.engine = engine;
		this.gaps = gaps;
		this.jobs = jobs;
		this.taxonomy = taxonomy;
		this.useLog = useLog;
	}

	@PostMapping("/api/v1/matching/jobs")
	@Operation(summary = "The open job tasks visible to the caller, best match first, each explained. "
			+ "Without skills, the caller's own mapping is used.")
	List<RankedJobJson> rankJobs(@AuthenticationPrincipal PersonPrincipal user, @RequestBody RankJobsRequest request,
			Locale locale) {
		register.require(AutomatedFeature.JOB_RANKING);
		var limit = limit(request.limit());
		var profile = profile(user, request.skills());
		var visible = jobs.list(user.personId(), null, JobStatus.OPEN, "", 0, 1000).items();
		var result = explained(profile, engine.rankJobs(profile, visible, limit), locale);
		useLog.record(UseLog.JOBS, user.personId(), null, "skills", shown(result));
		return result;
	}

	/** The skills given, or without them the caller's own mapping. */
	private Profile profile(PersonPrincipal user, @Nullable List<SkillJson> skills) {
		return skills == null || skills.isEmpty() ? engine.profile(user.personId())
				: engine.profile(RequestedSkills.checked(skills, taxonomy));
	}

	private static List<Map<String, Object>> shown(List<RankedJobJson> result) {
		return result.stream()
			.map(job -> Map.<String, Object>of("job", job.id().toString(), "score", job.score()))
			.toList();
	}

	private List<RankedJobJson> explained(Profile profile, List<MatchingEngine.RankedJob> ranked, Locale locale) {
		var result = new ArrayList<RankedJobJson>();
		for (var job : ranked) {
			var gap = gaps.gap(profile, job.task(), locale);
			result.add(new RankedJobJson(job.task().id().value(), job.task().title(), gap.score(),
					ExplanationJson.of(gap, gaps.words(gap, GapExplainer.Voice.PERSON, locale))));
		}
		return result;
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

}
