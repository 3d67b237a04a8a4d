package fi.osaamo.jobs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * A job task as a schema.org JobPosting, with its skills as DefinedTerms carrying ESCO
 * URIs and the company identified by its business ID.
 */
@Component
class JobPostings {

	static final String JSON_LD = "application/ld+json";

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	JobPostings(OrganisationManagement organisations, TaxonomyManagement taxonomy) {
		this.organisations = organisations;
		this.taxonomy = taxonomy;
	}

	Map<String, Object> posting(JobTask task, Locale locale) {
		var language = Language.of(locale);
		var uris = new java.util.ArrayList<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		if (task.occupationUri() != null) {
			uris.add(task.occupationUri());
		}
		var labels = taxonomy.byUris(uris, language);
		var posting = new LinkedHashMap<String, Object>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("identifier", task.id().toString());
		posting.put("title", task.title());
		posting.put("description", task.description() == null ? task.title() : task.description());
		posting.put("inLanguage", language.code());
		if (task.applyTo() != null) {
			posting.put("validThrough", task.applyTo().toString());
		}
		if (task.applyFrom() != null) {
			posting.put("datePosted", task.applyFrom().toString());
		}
		if (task.startDate() != null) {
			posting.put("jobStartDate", task.startDate().toString());
		}
		if (task.occupationUri() != null) {
			var label = labels.get(task.occupationUri());
			posting.put("occupationalCategory",
					term(task.occupationUri(), label == null ? task.occupationUri() : label.label().text(),
							"http://data.europa.eu/esco/occupation"));
		}
		posting.put("skills", task.requiredSkills().stream().map(skill -> {
			var label = labels.get(skill.skillUri());
			return term(skill.skillUri(), label == null ? skill.skillUri() : label.label().text(),
					"http://data.europa.eu/esco/skill");
		}).toList());
		if (task.location() != null) {
			posting.put("jobLocation", Map.of("@type", "Place", "address",
					Map.of("@type", "PostalAddress", "addressLocality", task.location(), "addressCountry", "FI")));
		}
		organisations.find(task.organisation()).ifPresent(organisation -> {
			var hiring = new LinkedHashMap<String, Object>();
			hiring.put("@type", "Organization");
			hiring.put("name", organisation.name());
			if (organisation.businessId() != null) {
				hiring.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "FI:Y-tunnus", "value",
						organisation.businessId().value()));
			}
			posting.put("hiringOrganization", hiring);
		});
		return posting;
	}

	private static Map<String, Object> term(String uri, String name, String set) {
		return Map.of("@type", "DefinedTerm", "@id", uri, "termCode", uri, "name", name, "inDefinedTermSet", set);
	}

}
