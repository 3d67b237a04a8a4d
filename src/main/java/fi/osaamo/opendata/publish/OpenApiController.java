package fi.osaamo.opendata.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.jobs.JobManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.studies.Study;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.taxonomy.TaxonomyManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import fi.osaamo.platform.DisclosureControl;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only open-data API. Every list is a page with an opaque {@code next}
 * cursor; every answer carries an ETag, and a repeated request with {@code If-None-Match}
 * answers 304 Not Modified.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = "Open data", description = "Public, read-only data of the region, without signing in. "
		+ "Anonymous callers may make 120 requests a minute; an API key (header X-Api-Key) raises the limit.")
class OpenApiController {

	static final int MAX_LIMIT = 100;

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final OpenData data;

	private final JobManagement jobs;

	private final StudyManagement studies;

	private final TaxonomyManagement taxonomy;

	private final CompetenceStatistics statistics;

	OpenApiController(OpenData data, JobManagement jobs, StudyManagement studies, TaxonomyManagement taxonomy,
			CompetenceStatistics statistics) {
		this.data = data;
		this.jobs = jobs;
		this.studies = studies;
		this.taxonomy = taxonomy;
		this.statistics = statistics;
	}

	@GetMapping("/companies")
	@Operation(summary = "Companies of the region as the trade register (PRH / YTJ open data, CC BY 4.0) gives "
			+ "them: registry data only.")
	Map<String, Object> companies(
			@Parameter(description = "the next cursor of the previous page") @RequestParam(
					required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit,
			@Parameter(description = "a municipality code, such as 092") @RequestParam(
					required = false) @Nullable String municipality) {
		checkLimit(limit);
		if (municipality != null && !municipality.matches("\\d{3}")) {
			throw new InvalidInputException("municipality", "validation.municipalityCode", municipality);
		}
		var after = Cursor.decode(cursor);
		var items = data.companies(after, municipality, limit + 1);
		return page(items, limit, item -> (String) item.get("businessId"));
	}

	@GetMapping("/companies/{businessId}")
	@Operation(summary = "One company of the region, by its business ID.")
	Map<String, Object> company(@org.springframework.web.bind.annotation.PathVariable String businessId) {
		return data.company(businessId).orElseThrow(() -> new NotFoundException("company " + businessId));
	}

	@GetMapping(value = "/jobs/{id}", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "One open job task as schema.org JobPosting JSON-LD.")
	ResponseEntity<Map<String, Object>> job(@org.springframework.web.bind.annotation.PathVariable UUID id,
			Locale locale) {
		return ResponseEntity.ok()
			.contentType(JSON_LD)
			.body(jobs.openPosting(new fi.osaamo.jobs.JobId(id), locale)
				.orElseThrow(() -> new NotFoundException("job " + id)));
	}

	@GetMapping("/studies/{id}")
	@Operation(summary = "One study as a learning opportunity with the ESCO skills it teaches.")
	Map<String, Object> study(@org.springframework.web.bind.annotation.PathVariable UUID id, Locale locale) {
		var study = studies.find(id).orElseThrow(() -> new NotFoundException("study " + id));
		return course(study, taxonomy.byUris(study.skills(), Language.of(locale)));
	}

	@GetMapping(value = "/jobs", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "Open job tasks as schema.org JobPosting JSON-LD: skills as DefinedTerms with ESCO URIs, "
			+ "hiringOrganization with its business ID.")
	ResponseEntity<Map<String, Object>> jobs(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit, Locale locale) {
		checkLimit(limit);
		var after = cursor == null ? null : Cursor.decodeUuid(cursor, () -> null);
		var items = jobs.openPostings(after, limit + 1, locale);
		var page = page(items, limit, item -> (String) item.get("identifier"));
		var body = new LinkedHashMap<String, Object>();
		body.put("@context", "https://schema.org");
		body.put("@type", "ItemList");
		body.put("itemListElement", page.get("items"));
		body.put("next", page.get("next"));
		return ResponseEntity.ok().contentType(JSON_LD).body(body);
	}

	@GetMapping("/studies")
	@Operation(summary = "Studies as learning opportunities (schema.org Course) with the ESCO skills they teach.")
	Map<String, Object> studies(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit, Locale locale) {
		checkLimit(limit);
		var after = cursor == null ? null : Cursor.decodeUuid(cursor, () -> null);
		var found = studies.after(after, limit + 1);
		var language = Language.of(locale);
		var labels = taxonomy.byUris(found.stream().flatMap(study -> study.skills().stream()).toList(), language);
		var items = found.stream().map(study -> course(study, labels)).toList();
		return page(items, limit, item -> (String) item.get("identifier"));
	}

	@GetMapping("/statistics/competences")
	@Operation(summary = "How many people hold each ESCO skill, per region (maakunta) and industry (TOL 2008 "
			+ "section of the employer). Only people who share their skills with their employer count. "
			+ "Released monthly and unchanged within the month (release); every count is randomly rounded "
			+ "to a multiple of 5 (unbiased, by cell key) and cells rounded to 0 are left out.")
	Map<String, Object> competences(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "100") int limit) {
		checkLimit(limit);
		var after = Cursor.decode(cursor);
		var items = new ArrayList<Map<String, Object>>();
		var release = statistics.current();
		for (var cell : release.cells()) {
			var key = cell.region() + "|" + cell.industry() + "|" + cell.skill();
			if ((region != null && !region.equals(cell.region()))
					|| (industry != null && !industry.equals(cell.industry()))
					|| (after != null && key.compareTo(after) <= 0)) {
				continue;
			}
			var item = new LinkedHashMap<String, Object>();
			item.put("key", key);
			item.put("region", cell.region());
			item.put("industry", cell.industry());
			item.put("skill", cell.skill());
			item.put("people", cell.people());
			items.add(item);
			if (items.size() > limit) {
				break;
			}
		}
		var page = page(items, limit, item -> (String) item.get("key"));
		page.put("release", release.month().toString());
		page.put("roundingBase", DisclosureControl.BASE);
		return page;
	}

	@GetMapping("/changes")
	@Operation(summary = "What changed after a cursor, oldest first, so others can mirror the data incrementally. "
			+ "Start without a cursor; keep the last next cursor and ask again later.")
	Map<String, Object> changes(@RequestParam(required = false) @Nullable String since,
			@RequestParam(defaultValue = "100") int limit) {
		checkLimit(limit);
		var after = Cursor.decode(since);
		long seq;
		try {
			seq = after == null ? 0 : Long.parseLong(after);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("since", "validation.cursor");
		}
		var items = data.changes(seq, limit);
		var body = new LinkedHashMap<String, Object>();
		body.put("items", items);
		var last = items.isEmpty() ? seq : (long) items.get(items.size() - 1).get("seq");
		body.put("next", Cursor.encode(Long.toString(last)));
		body.put("more", items.size() == limit);
		return body;
	}

	private Map<String, Object> course(Study study, Map<String, fi.osaamo.taxonomy.ConceptRef> labels) {
		var course = new LinkedHashMap<String, Object>();
		course.put("@context", "https://schema.org");
		course.put("@type", "Course");
		course.put("identifier", study.id().toString());
		course.put("name", study.title());
		course.put("description", study.description());
		course.put("provider", Map.of("@type", "Organization", "name", study.provider()));
		course.put("inLanguage", study.language());
		course.put("courseMode", study.online() ? "online" : "onsite");
		if (study.municipalityCode() != null) {
			course.put("locationCreated", Map.of("@type", "Place", "identifier", study.municipalityCode()));
		}
		if (study.startDate() != null) {
			course.put("startDate", study.startDate().toString());
		}
		if (study.endDate() != null) {
			course.put("endDate", study.endDate().toString());
		}
		if (study.durationHours() != null) {
			course.put("timeRequired", "PT" + study.durationHours() + "H");
		}
		if (study.costEur() != null) {
			course.put("offers", Map.of("@type", "Offer", "price", study.costEur(), "priceCurrency", "EUR"));
		}
		if (study.url() != null) {
			course.put("url", study.url());
		}
		course.put("teaches", study.skills().stream().map(uri -> {
			var label = labels.get(uri);
			return Map.of("@type", "DefinedTerm", "@id", uri, "name", label == null ? uri : label.label().text(),
					"inDefinedTermSet", "http://data.europa.eu/esco/skill");
		}).toList());
		return course;
	}

	private static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "validation.range", 1, MAX_LIMIT);
		}
	}

	private static LinkedHashMap<String, Object> page(List<Map<String, Object>> items, int limit,
			java.util.function.Function<Map<String, Object>, String> key) {
		var body = new LinkedHashMap<String, Object>();
		var more = items.size() > limit;
		var shown = more ? items.subList(0, limit) : items;
		body.put("items", shown);
		body.put("next", more ? Cursor.encode(key.apply(shown.get(shown.size() - 1))) : null);
		return body;
	}

}
