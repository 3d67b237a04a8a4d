package fi.osaamo.matching;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class GapApiController {

	private final JobManagement jobs;

	private final GapAnalysis gaps;

	private final AiRegister register;

	private final UseLog useLog;

	GapApiController(JobManagement jobs, GapAnalysis gaps, AiRegister register, UseLog useLog) {
		this.register = register;
		this.useLog = useLog;
		this.jobs = jobs;
		this.gaps = gaps;
	}

	@GetMapping("/api/v1/jobs/{id}/gap")
	GapJson gap(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale) {
		register.require(AutomatedFeature.GAP_COMPARISON);
		var task = jobs.require(new JobId(id), user.personId());
		var gap = gaps.gap(user.personId(), task, locale);
		useLog.record(UseLog.GAP, user.personId(), task.organisation().value(), "job:" + id,
				List.of(java.util.Map.of("score", gap.score())));
		return new GapJson(gap.score(), items(gap.matched()), items(gap.partial()), items(gap.missing()),
				gaps.words(gap, GapExplainer.Voice.PERSON, locale));
	}

	private static List<ItemJson> items(List<GapItem> items) {
		return items.stream()
			.map(item -> new ItemJson(item.uri(), item.label(), item.level(), item.required(), item.importance().name(),
					item.contribution(), item.via(), item.relation()))
			.toList();
	}

	/**
	 * The gap.
	 *
	 * @param score 0–100
	 * @param matched skills at or above the required level
	 * @param partial skills below it
	 * @param missing skills lacking
	 * @param explanation the comparison in words
	 */
	record GapJson(int score, List<ItemJson> matched, List<ItemJson> partial, List<ItemJson> missing,
			String explanation) {
	}

	/**
	 * One required skill.
	 *
	 * @param uri the ESCO skill
	 * @param label its label
	 * @param level the person's level
	 * @param required the required level
	 * @param importance MUST or NICE
	 * @param contribution the points it adds to the score
	 * @param relatedSkill the label of the related skill that earned part of the credit,
	 * if any
	 * @param relation how it relates: BROADER, NARROWER or RELATED
	 */
	record ItemJson(String uri, String label, int level, int required, String importance, double contribution,
			@org.jspecify.annotations.Nullable String relatedSkill,
			@org.jspecify.annotations.Nullable String relation) {
	}

}
