package fi.osaamo.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.taxonomy.ConceptKind;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a job task's page together for the controllers that show it: its facts, labels in
 * the reader's language and, for HR, the form for required skills.
 */
@Component
class JobPages {

	private final JobManagement jobs;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final InterestedPeople interested;

	JobPages(JobManagement jobs, TaxonomyManagement taxonomy, ClassificationManagement classifications,
			InterestedPeople interested) {
		this.jobs = jobs;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.interested = interested;
	}

	JobDetailPage page(PersonId viewer, JobId id, Locale locale) {
		return page(viewer, id, RequiredSkillForm.empty(), null, null, locale);
	}

	/**
	 * The task's page.
	 * @param viewer who reads it
	 * @param id the task
	 * @param form the required-skill form as it was typed
	 * @param editing the required skill being changed, or {@code null} to add one
	 * @param error what was wrong with the last change
	 * @param locale the reader's locale
	 * @return the page
	 */
	JobDetailPage page(PersonId viewer, JobId id, RequiredSkillForm form, @Nullable String editing,
			@Nullable InvalidInputException error, Locale locale) {
		var task = jobs.require(id, viewer);
		var hr = jobs.isHr(viewer, task.organisation());
		var company = companyName(viewer, task);
		var municipality = classifications.municipality(task.municipalityCode(), Language.of(locale))
			.map(found -> found.name())
			.orElse(null);
		return new JobDetailPage(task, company, municipality, taxonomy.byUris(uris(task), Language.of(locale)), hr,
				jobs.hasInterest(id, viewer), hr ? interested.of(viewer, id) : List.of(), form, editing,
				editing == null ? suggestions(form.q(), locale) : List.of(), error);
	}

	private String companyName(PersonId viewer, JobTask task) {
		return jobs.companiesOf(viewer)
			.stream()
			.filter(membership -> membership.organisationId().equals(task.organisation()))
			.map(membership -> membership.organisationName())
			.findFirst()
			.orElse("");
	}

	/** The task's skills and occupation. */
	private static Set<String> uris(JobTask task) {
		var uris = new HashSet<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		if (task.occupationUri() != null) {
			uris.add(task.occupationUri());
		}
		return uris;
	}

	/**
	 * The task, when the viewer is an HR specialist of its company.
	 * @param viewer who asks
	 * @param id the task
	 * @return the task
	 * @throws NotFoundException otherwise
	 */
	JobTask requireHr(PersonId viewer, JobId id) {
		var task = jobs.require(id, viewer);
		if (!jobs.isHr(viewer, task.organisation())) {
			throw new NotFoundException("job " + id);
		}
		return task;
	}

	private List<ConceptMatch> suggestions(@Nullable String q, Locale locale) {
		return q == null || q.isBlank() ? List.of()
				: taxonomy.searchSkills(q.length() > 200 ? q.substring(0, 200) : q, Language.of(locale), 10)
					.stream()
					.filter(match -> match.kind() != ConceptKind.SKILL_GROUP)
					.toList();
	}

}
