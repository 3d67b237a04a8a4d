package fi.osaamo.matching;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Skill extraction where HR writes a job task: the skills named in the description are
 * proposed, each with the phrase it was found in, and the HR specialist adds those they
 * confirm as required skills, one by one, with their own level and importance.
 */
@Controller
class ProposalsController {

	private final JobManagement jobs;

	private final MatchingEngine engine;

	private final AiRegister register;

	private final UseLog useLog;

	ProposalsController(JobManagement jobs, MatchingEngine engine, AiRegister register, UseLog useLog) {
		this.register = register;
		this.useLog = useLog;
		this.jobs = jobs;
		this.engine = engine;
	}

	@GetMapping("/jobs/{id}/proposals")
	String proposals(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String lang, Locale locale, Model model) {
		register.require(AutomatedFeature.SKILL_EXTRACTION);
		var task = hrTask(user, id);
		var description = task.description() == null ? "" : task.description();
		var language = language(lang, description, locale);
		var proposals = proposals(description, language, locale);
		logShown(user, task, id, proposals);
		model.addAttribute("page", new ProposalsPage(task, proposals,
				task.requiredSkills().stream().map(skill -> skill.skillUri()).collect(Collectors.toSet()), language));
		return "matching/proposals";
	}

	private java.util.List<fi.osaamo.matching.engine.SkillExtractor.Match> proposals(String description,
			String language, Locale locale) {
		return description.isBlank() ? java.util.List.<fi.osaamo.matching.engine.SkillExtractor.Match>of()
				: engine.extractor().extract(description, language, Language.of(locale).code());
	}

	private void logShown(PersonPrincipal user, JobTask task, UUID id,
			java.util.List<fi.osaamo.matching.engine.SkillExtractor.Match> proposals) {
		useLog.record(UseLog.EXTRACTION, user.personId(), task.organisation().value(), "job:" + id,
				proposals.stream().map(match -> java.util.Map.<String, Object>of("skill", match.uri())).toList());
	}

	private JobTask hrTask(PersonPrincipal user, UUID id) {
		var task = jobs.require(new JobId(id), user.personId());
		if (!jobs.isHr(user.personId(), task.organisation())) {
			throw new NotFoundException("job " + id);
		}
		return task;
	}

	// The description is read in its own language; the skills are named in the reader's.
	private String language(@Nullable String lang, String description, Locale locale) {
		var extractor = engine.extractor();
		return Language.fromCode(lang)
			.map(Language::code)
			.orElseGet(() -> extractor.language(description, Language.of(locale).code()));
	}

}
