package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import fi.osaamo.jobs.JobManagement;
import fi.osaamo.opendata.ImportedJobAds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's open jobs for the growth team (Osaamo's own tasks and imported ads), with
 * their employers linked to the companies' pages by business ID; each own task has its
 * page ({@link JobPageController}) and the list its export ({@link JobExportController}).
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class JobsController {

	static final int PAGE_SIZE = 25;

	private final JobManagement jobs;

	private final ImportedJobAds ads;

	private final RegionJobRows rows;

	private final Clock clock;

	JobsController(JobManagement jobs, ImportedJobAds ads, RegionJobRows rows, Clock clock) {
		this.jobs = jobs;
		this.ads = ads;
		this.rows = rows;
		this.clock = clock;
	}

	@GetMapping("/dashboard/jobs")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "ALL") String source,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		var query = RegionJobRows.query(q);
		var chosen = RegionJobRows.source(source);
		var own = chosen.equals("IMPORTED") ? 0 : jobs.countOpenTasks(query);
		var imported = chosen.equals("OSAAMO") ? 0 : ads.countOpenJobAds(query, LocalDate.now(clock));
		var first = Math.max(0, page);
		var found = rows.rows(query, chosen, own, (long) first * PAGE_SIZE, PAGE_SIZE, locale);
		model.addAttribute("page",
				new JobsPage(found, own + imported, query, chosen, first,
						(int) Math.ceil((own + imported) / (double) PAGE_SIZE),
						chosen.equals(source) ? null : "validation.choice"));
		return "dashboard/jobs";
	}

}
