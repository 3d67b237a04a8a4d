package fi.osaamo.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Study paths for a target: a small set of studies that together teach the skills a
 * person wants to learn, each saying what it adds. The person decides what to study.
 */
@RestController
@Tag(name = "Matching", description = "Explained rankings of job tasks and people; a person decides")
class StudyPathApiController {

	private final StudyPaths paths;

	private final TaxonomyManagement taxonomy;

	private final UseLog useLog;

	private final AiRegister register;

	StudyPathApiController(StudyPaths paths, TaxonomyManagement taxonomy, UseLog useLog, AiRegister register) {
		this.paths = paths;
		this.taxonomy = taxonomy;
		this.useLog = useLog;
		this.register = register;
	}

	@PostMapping("/api/v1/matching/study-path")
	@Operation(summary = "A small set of studies that together teach the given skills (a target), preferring "
			+ "short, cheap studies that start soon and end before the given date; each says what it adds.")
	List<PathStepJson> studyPath(@AuthenticationPrincipal PersonPrincipal user, @RequestBody StudyPathRequest request) {
		register.require(AutomatedFeature.STUDY_PATH);
		var steps = paths.plan(checked(request.skills()), request.endBefore(),
				MatchingApiController.limit(request.limit()));
		useLog.record(UseLog.PATH, user.personId(), null, "skills",
				steps.stream().map(step -> Map.<String, Object>of("study", step.study().id().toString())).toList());
		return steps.stream()
			.map(step -> new PathStepJson(step.study().id(), step.study().title(), step.study().provider(),
					step.adds()))
			.toList();
	}

	private List<String> checked(@Nullable List<String> skills) {
		if (skills == null || skills.isEmpty()) {
			throw new InvalidInputException("skills", "validation.required");
		}
		if (skills.size() > 200) {
			throw new InvalidInputException("skills", "validation.tooMany", 200);
		}
		skills.forEach(this::requireSkill);
		return skills;
	}

	private void requireSkill(@Nullable String uri) {
		if (uri == null || !taxonomy.isSkill(uri)) {
			throw new InvalidInputException("skills", "validation.unknownSkill", uri == null ? "" : uri);
		}
	}

	/**
	 * A target to plan studies for.
	 *
	 * @param skills the ESCO skill URIs to learn
	 * @param endBefore the date by which studies should end, if any
	 * @param limit how many studies at most, 1–100, 10 by default
	 */
	record StudyPathRequest(@Nullable List<String> skills, java.time.@Nullable LocalDate endBefore,
			@Nullable Integer limit) {
	}

	/**
	 * One study of a path.
	 *
	 * @param id the study
	 * @param title its title
	 * @param provider who offers it
	 * @param adds the skills it is the first to teach
	 */
	record PathStepJson(UUID id, String title, String provider, List<String> adds) {
	}

}
