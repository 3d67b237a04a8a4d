package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import fi.osaamo.competence.CompetenceOverviews;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.opendata.ImportedJobAds;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * A company's activity for its page: open job tasks in Osaamo, open imported job ads, and
 * its employees' competences in aggregate (only people who share their skills with the
 * company count; small cells are suppressed).
 */
@Component
class CompanyActivity {

	static final int JOBS = 20;

	static final int SKILLS = 15;

	private final OrganisationManagement organisations;

	private final JobManagement jobs;

	private final ImportedJobAds registry;

	private final CompetenceOverviews overviews;

	private final TaxonomyManagement taxonomy;

	private final Clock clock;

	CompanyActivity(OrganisationManagement organisations, JobManagement jobs, ImportedJobAds registry,
			CompetenceOverviews overviews, TaxonomyManagement taxonomy, Clock clock) {
		this.organisations = organisations;
		this.jobs = jobs;
		this.registry = registry;
		this.overviews = overviews;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	CompanyPage.Activity of(String businessId, Language language) {
		var ads = registry.openJobAds(businessId, LocalDate.now(clock), JOBS);
		BusinessId id;
		try {
			id = new BusinessId(businessId);
		}
		catch (InvalidInputException ex) {
			return new CompanyPage.Activity(List.of(), ads, null, java.util.Map.of());
		}
		var organisation = organisations.findByBusinessId(id);
		if (organisation.isEmpty()) {
			return new CompanyPage.Activity(List.of(), ads, null, java.util.Map.of());
		}
		var shown = overviews.current(organisation.get().id()).first(SKILLS);
		var uris = new HashSet<String>();
		shown.rows().forEach(row -> uris.add(row.skillUri()));
		return new CompanyPage.Activity(jobs.openTasksOf(organisation.get().id(), JOBS), ads, shown,
				taxonomy.byUris(uris, language));
	}

}
