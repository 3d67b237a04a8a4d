package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonPrincipal;
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

	RegisterController(AiRegister register, IdentityManagement identities) {
		this.register = register;
		this.identities = identities;
	}

	@GetMapping("/matching/register")
	String register(Model model) {
		var uses = register.uses();
		var features = new ArrayList<RegisterPage.Entry>();
		var actors = new HashSet<fi.osaamo.identity.PersonId>();
		var logs = new java.util.EnumMap<AutomatedFeature, List<AiRegister.Use>>(AutomatedFeature.class);
		for (var feature : AutomatedFeature.values()) {
			var log = register.log(feature, LOG_ENTRIES);
			log.forEach(use -> actors.add(use.actor()));
			logs.put(feature, log);
		}
		var names = identities.summaries(actors);
		for (var feature : AutomatedFeature.values()) {
			features.add(new RegisterPage.Entry(feature, register.isEnabled(feature), uses.get(feature),
					logs.get(feature)
						.stream()
						.map(use -> new RegisterPage.LogLine(
								names.containsKey(use.actor()) ? names.get(use.actor()).pseudonym() : "–", use))
						.toList()));
		}
		model.addAttribute("page", new RegisterPage(features));
		return "matching/register";
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
