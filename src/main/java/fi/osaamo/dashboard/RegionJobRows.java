package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.opendata.ImportedJobAds;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the region's open jobs as rows of the jobs tab: Osaamo's own tasks first, then
 * the imported ads, each employer linked to its company's page where there is one.
 */
@Component
class RegionJobRows {

	private final JobManagement jobs;

	private final ImportedJobAds ads;

	private final CompanyRegister register;

	private final OrganisationManagement organisations;

	private final ClassificationManagement classifications;

	private final Clock clock;

	RegionJobRows(JobManagement jobs, ImportedJobAds ads, CompanyRegister register,
			OrganisationManagement organisations, ClassificationManagement classifications, Clock clock) {
		this.jobs = jobs;
		this.ads = ads;
		this.register = register;
		this.organisations = organisations;
		this.classifications = classifications;
		this.clock = clock;
	}

	static String query(String q) {
		return q.length() > 200 ? q.substring(0, 200) : q.strip();
	}

	static String source(String source) {
		return List.of("ALL", "OSAAMO", "IMPORTED").contains(source) ? source : "ALL";
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

	List<JobsPage.Row> rows(String query, String source, long own, long offset, int limit, Locale locale) {
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

	static String sourceKey(String source) {
		return source.equals("osaamo") ? "dashboard.jobs.source.osaamo" : "opendata.source." + source + ".name";
	}

	private record Found(JobsPage.Row row, @Nullable String businessId) {
	}

}
