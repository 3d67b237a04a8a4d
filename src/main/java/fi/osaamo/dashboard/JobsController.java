package fi.osaamo.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.opendata.ImportedJobAds;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's open jobs for the growth team (Osaamo's own tasks and imported ads), with
 * their employers linked to the companies' pages by business ID; each own task has its
 * page ({@link JobPageController}).
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class JobsController {

	static final int PAGE_SIZE = 25;

	static final int EXPORT_LIMIT = 10_000;

	private final JobManagement jobs;

	private final ImportedJobAds ads;

	private final CompanyRegister register;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private final Clock clock;

	private final ClassificationManagement classifications;

	JobsController(JobManagement jobs, ImportedJobAds ads, CompanyRegister register,
			OrganisationManagement organisations, MessageSource messages, Clock clock,
			ClassificationManagement classifications) {
		this.classifications = classifications;
		this.jobs = jobs;
		this.ads = ads;
		this.register = register;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/jobs")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "ALL") String source,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		var query = q.length() > 200 ? q.substring(0, 200) : q.strip();
		var chosen = source(source);
		var own = chosen.equals("IMPORTED") ? 0 : jobs.countOpenTasks(query);
		var imported = chosen.equals("OSAAMO") ? 0 : ads.countOpenJobAds(query, LocalDate.now(clock));
		var first = Math.max(0, page);
		var rows = rows(query, chosen, own, (long) first * PAGE_SIZE, PAGE_SIZE, locale);
		model.addAttribute("page",
				new JobsPage(rows, own + imported, query, chosen, first,
						(int) Math.ceil((own + imported) / (double) PAGE_SIZE),
						chosen.equals(source) ? null : "validation.choice"));
		return "dashboard/jobs";
	}

	@GetMapping("/dashboard/jobs.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "ALL") String source, Locale locale, HttpServletResponse response)
			throws IOException {
		var query = q.length() > 200 ? q.substring(0, 200) : q.strip();
		var chosen = source(source);
		var own = chosen.equals("IMPORTED") ? 0 : jobs.countOpenTasks(query);
		var rows = rows(query, chosen, own, 0, EXPORT_LIMIT, locale);
		Exports.Rows out = row -> rows.forEach(job -> row.accept(Arrays.asList(job.title(), job.employer(),
				job.locality(), job.applyBy(), messages.getMessage(sourceKey(job.source()), null, locale))));
		Exports.send(format, "jobs", List.of("title", "employer", "locality", "applyBy", "source"), out, messages,
				locale, response);
	}

	/**
	 * Where a task is: the place its poster wrote, or else its municipality's name.
	 */
	private @Nullable String locality(@Nullable String location, @Nullable String municipality, Locale locale) {
		if (location != null) {
			return location;
		}
		return classifications.municipality(municipality, Language.of(locale)).map(found -> found.name()).orElse(null);
	}

	private List<JobsPage.Row> rows(String query, String source, long own, long offset, int limit, Locale locale) {
		var found = new ArrayList<Found>();
		if (offset < own) {
			found.addAll(ownTasks(query, offset, limit, locale));
		}
		if (!source.equals("OSAAMO") && found.size() < limit) {
			found.addAll(importedAds(query, Math.max(0, offset - own), limit - found.size()));
		}
		return linked(found);
	}

	/** Osaamo's own open tasks. */
	private List<Found> ownTasks(String query, long offset, int limit, Locale locale) {
		var found = new ArrayList<Found>();
		for (var task : jobs.openTasks(query, offset, limit)) {
			var company = organisations.find(task.organisation());
			found.add(new Found(
					new JobsPage.Row(task.title(), company.map(Organisation::name).orElse("–"), null,
							locality(task.location(), task.municipalityCode(), locale), task.applyTo(), "osaamo",
							"/dashboard/jobs/" + task.id().value()),
					company.map(Organisation::businessId).map(BusinessId::value).orElse(null)));
		}
		return found;
	}

	/** The imported job ads. */
	private List<Found> importedAds(String query, long offset, int limit) {
		var found = new ArrayList<Found>();
		for (var ad : ads.openJobAds(query, LocalDate.now(clock), offset, limit)) {
			found.add(new Found(new JobsPage.Row(ad.title(), ad.employer(), null, ad.locality(), ad.validThrough(),
					ad.source(), ad.url()), ad.businessId()));
		}
		return found;
	}

	private List<JobsPage.Row> linked(List<Found> found) {
		// Imported ads and Osaamo's tasks alike link to the company by its business ID,
		// where the company has a page.
		var registered = register.registered(found.stream().map(Found::businessId).filter(Objects::nonNull).toList());
		return found.stream()
			.map(job -> job.businessId() != null && registered.contains(job.businessId())
					? job.row().withEmployerLink("/dashboard/companies/" + job.businessId()) : job.row())
			.toList();
	}

	private static String source(String source) {
		return List.of("ALL", "OSAAMO", "IMPORTED").contains(source) ? source : "ALL";
	}

	static String sourceKey(String source) {
		return source.equals("osaamo") ? "dashboard.jobs.source.osaamo" : "opendata.source." + source + ".name";
	}

	private record Found(JobsPage.Row row, @Nullable String businessId) {
	}

}
