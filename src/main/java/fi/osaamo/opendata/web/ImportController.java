package fi.osaamo.opendata.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.ImportRuns;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceSettingsInput;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Administration of the imports: sources, settings, "run now", uploads and the run log.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ImportController {

	static final int RUNS = 10;

	static final int REJECTIONS = 50;

	private final ImportRunner runner;

	private final ImportRuns runs;

	private final SourceSettingsRepository settings;

	ImportController(ImportRunner runner, ImportRuns runs, SourceSettingsRepository settings) {
		this.runner = runner;
		this.runs = runs;
		this.settings = settings;
	}

	@GetMapping("/opendata")
	String sources(Model model) {
		var rows = runner.sources().stream().map(id -> {
			var current = settings.current(id);
			var last = runs.latest(id, 1);
			return new SourcesPage.Row(id, current, runner.adapter(id).canFetch(current),
					last.isEmpty() ? null : last.get(0));
		}).toList();
		model.addAttribute("page", new SourcesPage(rows));
		return "opendata/sources";
	}

	@GetMapping("/opendata/sources/{id}")
	String source(@PathVariable String id, @RequestParam(required = false) @Nullable String notice, Model model) {
		model.addAttribute("page", page(id, null, null, null, noticeKey(notice)));
		return "opendata/source";
	}

	@HxRequest
	@GetMapping("/opendata/sources/{id}")
	String sourceRuns(@PathVariable String id, Model model) {
		model.addAttribute("page", page(id, null, null, null, null));
		return "opendata/runs";
	}

	@PostMapping("/opendata/sources/{id}/settings")
	String saveSettings(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean scheduled, @RequestParam(defaultValue = "") String cron,
			@RequestParam(defaultValue = "") String baseUrl, @RequestParam(defaultValue = "") String municipalities,
			@RequestParam(defaultValue = "") String subscriptionKey, @RequestParam int version, Model model) {
		runner.adapter(id);
		try {
			var changed = new SourceSettings(id, scheduled, blankToNull(cron), blankToNull(baseUrl),
					SourceSettingsInput.codes(municipalities), blankToNull(subscriptionKey), null, version);
			settings.save(changed, user.personId());
			return "redirect:/opendata/sources/" + id + "?notice=saved";
		}
		catch (InvalidInputException ex) {
			var current = settings.current(id);
			var typed = new SourceSettings(id, scheduled, cron, baseUrl, current.municipalities(),
					current.subscriptionKey(), current.syncState(), current.version());
			model.addAttribute("page", page(id, typed, municipalities, ex, null));
			return "opendata/source";
		}
	}

	@PostMapping("/opendata/sources/{id}/sync/forget")
	String forgetSyncState(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean confirm, Model model) {
		runner.adapter(id);
		if (!confirm) {
			model.addAttribute("page",
					page(id, null, null, new InvalidInputException("confirm", "opendata.sync.confirmRequired"), null));
			return "opendata/source";
		}
		settings.forgetSyncState(id, user.personId());
		return "redirect:/opendata/sources/" + id + "?notice=syncForgotten";
	}

	@PostMapping("/opendata/sources/{id}/run")
	String runNow(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id, Model model) {
		try {
			return runner.start(id, ImportRun.Trigger.MANUAL, user.personId(), null)
				.map(run -> "redirect:/opendata/runs/" + run)
				.orElse("redirect:/opendata/sources/" + id + "?notice=busy");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(id, null, null, ex, null));
			return "opendata/source";
		}
	}

	@PostMapping("/opendata/sources/{id}/upload")
	String upload(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id,
			@RequestParam("file") MultipartFile file, Model model) throws IOException {
		runner.adapter(id);
		if (file.isEmpty()) {
			model.addAttribute("page",
					page(id, null, null, new InvalidInputException("file", "validation.required"), null));
			return "opendata/source";
		}
		var copy = Files.createTempFile("osaamo-import-", ".upload");
		file.transferTo(copy);
		return runner.start(id, ImportRun.Trigger.UPLOAD, user.personId(), copy)
			.map(run -> "redirect:/opendata/runs/" + run)
			.orElse("redirect:/opendata/sources/" + id + "?notice=busy");
	}

	@GetMapping("/opendata/runs/{run}")
	String run(@PathVariable UUID run, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", runPage(run, page));
		return "opendata/run";
	}

	@HxRequest
	@GetMapping("/opendata/runs/{run}")
	String runProgress(@PathVariable UUID run, Model model) {
		model.addAttribute("page", runPage(run, 0));
		return "opendata/progress";
	}

	@PostMapping("/opendata/runs/{run}/cancel")
	String cancel(@PathVariable UUID run) {
		var found = runs.find(run).orElseThrow(() -> new NotFoundException("run " + run));
		runner.cancel(run);
		return "redirect:/opendata/runs/" + found.id();
	}

	private RunPage runPage(UUID id, int page) {
		var run = runs.find(id).orElseThrow(() -> new NotFoundException("run " + id));
		var pages = Math.max(1, (run.rejected() + REJECTIONS - 1) / REJECTIONS);
		var current = Math.max(0, Math.min(page, pages - 1));
		return new RunPage(run, runs.rejections(id, current * REJECTIONS, REJECTIONS), current, pages);
	}

	private SourcePage page(String id, @Nullable SourceSettings typed, @Nullable String municipalities,
			@Nullable InvalidInputException error, @Nullable String notice) {
		var adapter = runner.adapter(id);
		var current = typed != null ? typed : settings.current(id);
		return new SourcePage(id, current,
				municipalities != null ? municipalities : String.join(", ", current.municipalities()),
				adapter.canFetch(settings.current(id)), runs.latest(id, RUNS),
				error == null ? null : error.messageKey(), error == null ? new Object[0] : error.arguments(), notice,
				adapter.fileTypes());
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

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
