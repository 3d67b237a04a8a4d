package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fi.osaamo.jobs.JobManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports the region's open jobs, as the jobs tab's filters find them, as CSV or Excel.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class JobExportController {

	static final int EXPORT_LIMIT = 10_000;

	private final JobManagement jobs;

	private final RegionJobRows rows;

	private final MessageSource messages;

	JobExportController(JobManagement jobs, RegionJobRows rows, MessageSource messages) {
		this.jobs = jobs;
		this.rows = rows;
		this.messages = messages;
	}

	@GetMapping("/dashboard/jobs.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "ALL") String source, Locale locale, HttpServletResponse response)
			throws IOException {
		var query = RegionJobRows.query(q);
		var chosen = RegionJobRows.source(source);
		var own = chosen.equals("IMPORTED") ? 0 : jobs.countOpenTasks(query);
		var found = rows.rows(query, chosen, own, 0, EXPORT_LIMIT, locale);
		Exports.Rows out = row -> found
			.forEach(job -> row.accept(Arrays.asList(job.title(), job.employer(), job.locality(), job.applyBy(),
					messages.getMessage(RegionJobRows.sourceKey(job.source()), null, locale))));
		Exports.send(format, "jobs", List.of("title", "employer", "locality", "applyBy", "source"), out, messages,
				locale, response);
	}

}
