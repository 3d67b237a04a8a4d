package fi.osaamo.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * What the growth team reads about a job task besides its text: the skills it requires by
 * name, where it is, the company with a link to its page, and who posted it with their
 * contact details. The poster acts for the company, so they are named rather than shown
 * by pseudonym, but only while they still are the company's HR specialist; every look at
 * their details is logged in the identity vault.
 */
@Component
class JobDetails {

	static final String PURPOSE = "growth team reads the contact of a job task's poster";

	private final OrganisationManagement organisations;

	private final CompanyRegister registry;

	private final IdentityManagement identities;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	JobDetails(OrganisationManagement organisations, CompanyRegister registry, IdentityManagement identities,
			TaxonomyManagement taxonomy, ClassificationManagement classifications) {
		this.organisations = organisations;
		this.registry = registry;
		this.identities = identities;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
	}

	JobPage.Details of(JobTask task, PersonId viewer, Language language) {
		var labels = labels(task, language);
		var skills = skills(task, labels);
		var occupation = task.occupationUri() == null || !labels.containsKey(task.occupationUri()) ? null
				: labels.get(task.occupationUri()).label().text();
		var municipality = classifications.municipality(task.municipalityCode(), language)
			.map(found -> found.name())
			.orElse(null);
		var company = organisations.find(task.organisation());
		var businessId = company.flatMap(found -> Optional.ofNullable(found.businessId()))
			.map(id -> id.value())
			.filter(id -> !registry.registered(List.of(id)).isEmpty());
		return new JobPage.Details(company.map(found -> found.name()).orElse("–"),
				businessId.map(id -> "/dashboard/companies/" + id).orElse(null), municipality, occupation, skills,
				poster(task, viewer).orElse(null));
	}

	/** The labels of the task's skills and occupation. */
	private Map<String, ConceptRef> labels(JobTask task, Language language) {
		var uris = new ArrayList<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		if (task.occupationUri() != null) {
			uris.add(task.occupationUri());
		}
		return taxonomy.byUris(uris, language);
	}

	private static List<JobPage.Skill> skills(JobTask task, Map<String, ConceptRef> labels) {
		return task.requiredSkills()
			.stream()
			.map(skill -> new JobPage.Skill(labels.containsKey(skill.skillUri())
					? labels.get(skill.skillUri()).label().text() : skill.skillUri(), skill.level(),
					skill.importance()))
			.toList();
	}

	private Optional<JobPage.Poster> poster(JobTask task, PersonId viewer) {
		if (!organisations.hasRole(task.postedBy(), task.organisation(), Role.HR)) {
			return Optional.empty();
		}
		return identities.personalData(task.postedBy(), viewer, PURPOSE)
			.map(data -> new JobPage.Poster(data.fullName() == null ? data.pseudonym() : data.fullName(),
					data.fullName() != null, data.email(), data.phone()));
	}

}
