package fi.osaamo.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * A job task as a schema.org JobPosting, with its skills as DefinedTerms carrying ESCO
 * URIs, its place named by municipality and region (with their Statistics Finland codes),
 * the day it was published, and the company identified by its business ID.
 */
@Component
class JobPostings {

	static final String JSON_LD = "application/ld+json";

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final JobPlaces places;

	JobPostings(OrganisationManagement organisations, TaxonomyManagement taxonomy, JobPlaces places) {
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.places = places;
	}

	Map<String, Object> posting(JobTask task, Locale locale) {
		var language = Language.of(locale);
		var labels = labels(task, language);
		var posting = header(task, language);
		putDates(posting, task);
		putConcepts(posting, task, labels);
		places.place(task, language).ifPresent(place -> posting.put("jobLocation", place));
		organisations.find(task.organisation())
			.ifPresent(organisation -> posting.put("hiringOrganization", hiring(organisation)));
		return posting;
	}

	private static Map<String, Object> header(JobTask task, Language language) {
		var posting = new LinkedHashMap<String, Object>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("identifier", task.id().toString());
		posting.put("title", task.title());
		posting.put("description", task.description() == null ? task.title() : task.description());
		posting.put("inLanguage", language.code());
		return posting;
	}

	/** The occupation and the skills, as ESCO terms. */
	private static void putConcepts(Map<String, Object> posting, JobTask task, Map<String, ConceptRef> labels) {
		if (task.occupationUri() != null) {
			posting.put("occupationalCategory",
					term(task.occupationUri(), labels, "http://data.europa.eu/esco/occupation"));
		}
		posting.put("skills",
				task.requiredSkills()
					.stream()
					.map(skill -> term(skill.skillUri(), labels, "http://data.europa.eu/esco/skill"))
					.toList());
	}

	/** The labels of the task's skills and occupation in the reader's language. */
	private Map<String, ConceptRef> labels(JobTask task, Language language) {
		var uris = new ArrayList<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		if (task.occupationUri() != null) {
			uris.add(task.occupationUri());
		}
		return taxonomy.byUris(uris, language);
	}

	private static void putDates(Map<String, Object> posting, JobTask task) {
		if (task.applyTo() != null) {
			posting.put("validThrough", task.applyTo().toString());
		}
		if (task.publishedOn() != null) {
			posting.put("datePosted", task.publishedOn().toString());
		}
		if (task.startDate() != null) {
			posting.put("jobStartDate", task.startDate().toString());
		}
	}

	/** The company, identified by its business ID when it has one. */
	private static Map<String, Object> hiring(Organisation organisation) {
		var hiring = new LinkedHashMap<String, Object>();
		hiring.put("@type", "Organization");
		hiring.put("name", organisation.name());
		if (organisation.businessId() != null) {
			hiring.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "FI:Y-tunnus", "value",
					organisation.businessId().value()));
		}
		return hiring;
	}

	/** An ESCO concept named by its label, or by its URI when it has no label. */
	private static Map<String, Object> term(String uri, Map<String, ConceptRef> labels, String set) {
		var label = labels.get(uri);
		var name = label == null ? uri : label.label().text();
		return Map.of("@type", "DefinedTerm", "@id", uri, "termCode", uri, "name", name, "inDefinedTermSet", set);
	}

}
