package fi.osaamo.opendata.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.ImportRuns;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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
 * Runs of the imports: "run now", uploads, a run's progress and log, and cancelling it.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ImportRunController {

	private final ImportRunner runner;

	private final ImportRuns runs;

	private final ImportPages pages;

	ImportRunController(ImportRunner runner, ImportRuns runs, ImportPages pages) {
		this.runner = runner;
		this.runs = runs;
		this.pages = pages;
	}

	@PostMapping("/opendata/sources/{id}/run")
	String runNow(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id, Model model) {
		try {
			return started(id, runner.start(id, ImportRun.Trigger.MANUAL, user.personId(), null));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.source(id, null, null, ex, null));
			return "opendata/source";
		}
	}

	@PostMapping("/opendata/sources/{id}/upload")
	String upload(@AuthenticationPrincipal PersonPrincipal user, @PathVariable String id,
			@RequestParam("file") MultipartFile file, Model model) throws IOException {
		runner.adapter(id);
		if (file.isEmpty()) {
			model.addAttribute("page",
					pages.source(id, null, null, new InvalidInputException("file", "validation.required"), null));
			return "opendata/source";
		}
		var copy = Files.createTempFile("osaamo-import-", ".upload");
		file.transferTo(copy);
		return started(id, runner.start(id, ImportRun.Trigger.UPLOAD, user.personId(), copy));
	}

	@GetMapping("/opendata/runs/{run}")
	String run(@PathVariable UUID run, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", pages.run(run, page));
		return "opendata/run";
	}

	@HxRequest
	@GetMapping("/opendata/runs/{run}")
	String runProgress(@PathVariable UUID run, Model model) {
		model.addAttribute("page", pages.run(run, 0));
		return "opendata/progress";
	}

	@PostMapping("/opendata/runs/{run}/cancel")
	String cancel(@PathVariable UUID run) {
		var found = runs.find(run).orElseThrow(() -> new NotFoundException("run " + run));
		runner.cancel(run);
		return "redirect:/opendata/runs/" + found.id();
	}

	/** To the run started, or back to the source when it is being imported already. */
	private static String started(String id, Optional<UUID> run) {
		return run.map(started -> "redirect:/opendata/runs/" + started)
			.orElse("redirect:/opendata/sources/" + id + "?notice=busy");
	}

}
