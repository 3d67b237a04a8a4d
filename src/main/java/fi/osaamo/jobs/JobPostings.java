package fi.osaamo.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.classification.ClassificationManagement;
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

	private final ClassificationManagement classifications;

	JobPostings(OrganisationManagement organisations, TaxonomyManagement taxonomy,
			ClassificationManagement classifications) {
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
	}

	Map<String, Object> posting(JobTask task, Locale locale) {
		var language = Language.of(locale);
		var labels = labels(task, language);
		var posting = new LinkedHashMap<String, Object>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("identifier", task.id().toString());
		posting.put("title", task.title());
		posting.put("description", task.description() == null ? task.title() : task.description());
		posting.put("inLanguage", language.code());
		putDates(posting, task);
		if (task.occupationUri() != null) {
			posting.put("occupationalCategory",
					term(task.occupationUri(), labels, "http://data.europa.eu/esco/occupation"));
		}
		posting.put("skills",
				task.requiredSkills()
					.stream()
					.map(skill -> term(skill.skillUri(), labels, "http://data.europa.eu/esco/skill"))
					.toList());
		place(task, language).ifPresent(place -> posting.put("jobLocation", place));
		organisations.find(task.organisation())
			.ifPresent(organisation -> posting.put("hiringOrganization", hiring(organisation)));
		return posting;
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

	/**
	 * Where the work is: a Place whose PostalAddress names the municipality and region in
	 * the reader's language, identified by their Statistics Finland codes, and the
	 * poster's own words as its name.
	 */
	private Optional<Map<String, Object>> place(JobTask task, Language language) {
		var municipality = classifications.municipality(task.municipalityCode(), language);
		if (municipality.isEmpty() && task.location() == null) {
			return Optional.empty();
		}
		var address = new LinkedHashMap<String, Object>();
		address.put("@type", "PostalAddress");
		address.put("addressLocality", municipality.map(ClassificationCode::name).orElse(task.location()));
		var region = municipality.flatMap(found -> classifications.region(found.parent(), language));
		region.ifPresent(found -> address.put("addressRegion", found.name()));
		address.put("addressCountry", "FI");
		var place = new LinkedHashMap<String, Object>();
		place.put("@type", "Place");
		if (task.location() != null) {
			place.put("name", task.location());
		}
		place.put("address", address);
		var codes = new ArrayList<Map<String, Object>>();
		municipality.ifPresent(found -> codes.add(code("FI:kunta", found.code())));
		region.ifPresent(found -> codes.add(code("FI:maakunta", found.code())));
		if (!codes.isEmpty()) {
			place.put("identifier", codes);
		}
		return Optional.of(place);
	}

	private static Map<String, Object> code(String classification, String value) {
		return Map.of("@type", "PropertyValue", "propertyID", classification, "value", value);
	}

	/** An ESCO concept named by its label, or by its URI when it has no label. */
	private static Map<String, Object> term(String uri, Map<String, ConceptRef> labels, String set) {
		var label = labels.get(uri);
		var name = label == null ? uri : label.label().text();
		return Map.of("@type", "DefinedTerm", "@id", uri, "termCode", uri, "name", name, "inDefinedTermSet", set);
	}

}
