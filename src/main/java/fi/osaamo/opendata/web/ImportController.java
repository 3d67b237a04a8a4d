package fi.osaamo.opendata.web;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.platform.InvalidInputException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration of the imports' sources: the list, a source's settings and forgetting
 * what its last run left; runs are {@link ImportRunController}'s.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ImportController {

	private final ImportRunner runner;

	private final SourceSettingsRepository settings;

	private final ImportPages pages;

	ImportController(ImportRunner runner, SourceSettingsRepository settings, ImportPages pages) {
		this.runner = runner;
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping("/opendata")
	String sources(Model model) {
		model.addAttribute("page", pages.sources());
		return "opendata/sources";
	}

	@GetMapping("/opendata/sources/{id}")
	String source(@PathVariable String id, @RequestParam(required = false) @Nullable String notice, Model model) {
		model.addAttribute("page", pages.source(id, null, null, null, noticeKey(notice)));
		return "opendata/source";
	}

	@HxRequest
	@GetMapping("/opendata/sources/{id}")
	String sourceRuns(@PathVariable String id, Model model) {
		model.addAttribute("page", pages.source(id, null, null, null, null));
		return "opendata/runs";
	}

	@PostMapping("/opendata/sources/{id}/settings")
	String saveSettings(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean scheduled, @RequestParam(defaultValue = "") String cron,
			@RequestParam(defaultValue = "") String baseUrl, @RequestParam(defaultValue = "") String municipalities,
			@RequestParam(defaultValue = "") String subscriptionKey, @RequestParam int version, Model model) {
		runner.adapter(id);
		return save(user, new SettingsForm(id, scheduled, cron, baseUrl, municipalities, subscriptionKey, version),
				model);
	}

	private String save(PersonPrincipal user, SettingsForm form, Model model) {
		var id = form.source();
		try {
			settings.save(form.settings(), user.personId());
			return "redirect:/opendata/sources/" + id + "?notice=saved";
		}
		catch (InvalidInputException ex) {
			var typed = form.typed(settings.current(id));
			model.addAttribute("page", pages.source(id, typed, form.municipalities(), ex, null));
			return "opendata/source";
		}
	}

	@PostMapping("/opendata/sources/{id}/sync/forget")
	String forgetSyncState(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean confirm, Model model) {
		runner.adapter(id);
		if (!confirm) {
			model.addAttribute("page", pages.source(id, null, null,
					new InvalidInputException("confirm", "opendata.sync.confirmRequired"), null));
			return "opendata/source";
		}
		settings.forgetSyncState(id, user.personId());
		return "redirect:/opendata/sources/" + id + "?notice=syncForgotten";
	}

	private static @Nullable String noticeKey(@Nullable String notice) {
		if (notice == null) {
			return null;
		}
		return switch (notice) {
			case "saved" -> "opendata.notice.saved";
			case "busy" -> "opendata.notice.busy";
			case "syncForgotten" -> "opendata.notice.syncForgotten";
			default -> null;
		};
	}

}
