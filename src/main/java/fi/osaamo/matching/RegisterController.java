package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class RegisterController {

	static final int LOG_ENTRIES = 10;

	private final AiRegister register;

	private final IdentityManagement identities;

	private final JobManagement jobs;

	RegisterController(AiRegister register, IdentityManagement identities, JobManagement jobs) {
		this.register = register;
		this.identities = identities;
		this.jobs = jobs;
	}

	@GetMapping("/matching/register")
	String register(Model model) {
		var uses = register.uses();
		var features = new ArrayList<RegisterPage.Entry>();
		var logs = logs();
		var names = identities.summaries(actors(logs));
		for (var feature : AutomatedFeature.values()) {
			features.add(entry(feature, uses.get(feature), logs.get(feature), names));
		}
		model.addAttribute("page", new RegisterPage(features));
		return "matching/register";
	}

	/** The latest uses of each feature. */
	private Map<AutomatedFeature, List<AiRegister.Use>> logs() {
		var logs = new java.util.EnumMap<AutomatedFeature, List<AiRegister.Use>>(AutomatedFeature.class);
		for (var feature : AutomatedFeature.values()) {
			logs.put(feature, register.log(feature, LOG_ENTRIES));
		}
		return logs;
	}

	private static Set<fi.osaamo.identity.PersonId> actors(Map<AutomatedFeature, List<AiRegister.Use>> logs) {
		var actors = new HashSet<fi.osaamo.identity.PersonId>();
		logs.values().forEach(log -> log.forEach(use -> actors.add(use.actor())));
		return actors;
	}

	private RegisterPage.Entry entry(AutomatedFeature feature, Long uses, List<AiRegister.Use> log,
			Map<fi.osaamo.identity.PersonId, fi.osaamo.identity.PersonSummary> names) {
		return new RegisterPage.Entry(feature, register.isEnabled(feature), uses,
				log.stream()
					.map(use -> new RegisterPage.LogLine(actor(names.get(use.actor()), feature), jobTitle(use), use))
					.toList());
	}

	private static String actor(fi.osaamo.identity.@Nullable PersonSummary person, AutomatedFeature feature) {
		if (person == null) {
			return "–";
		}
		return feature.usedAtWork() ? person.atWork() : person.pseudonym();
	}

	private @Nullable String jobTitle(AiRegister.Use use) {
		if (!use.subject().startsWith("job:")) {
			return null;
		}
		try {
			return jobs.title(new JobId(java.util.UUID.fromString(use.subject().substring(4)))).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@PostMapping("/matching/register")
	String change(@AuthenticationPrincipal PersonPrincipal user, @RequestParam AutomatedFeature feature,
			@RequestParam boolean enabled, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		register.set(feature, enabled, user.personId());
		return fi.osaamo.platform.Notice.redirect(redirect, "/matching/register#" + feature.name(),
				enabled ? "register.notice.on" : "register.notice.off",
				fi.osaamo.platform.Notice.message("register." + feature.name() + ".name"));
	}

}
