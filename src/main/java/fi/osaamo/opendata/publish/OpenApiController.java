package fi.osaamo.opendata.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import fi.osaamo.platform.DisclosureControl;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	static final String MUNICIPALITY = "a municipality code of Statistics Finland (kunta, three digits), such as 091 "
			+ "for Helsinki; an unknown code is refused with 400";

	static final String REGION = "a region code of Statistics Finland (maakunta, two digits), such as 01 for "
			+ "Uusimaa; an unknown code is refused with 400. With a municipality too, both must match";

	private final OpenData data;

	private final OpenJobs jobs;

	private final OpenStudies studies;

	private final PlaceFilter places;

	private final CompetenceStatistics statistics;

	OpenApiController(OpenData data, OpenJobs jobs, OpenStudies studies, PlaceFilter places,
			CompetenceStatistics statistics) {
		this.data = data;
		this.jobs = jobs;
		this.studies = studies;
		this.places = places;
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
	Map<String, Object> company(@PathVariable String businessId) {
		return data.company(businessId).orElseThrow(() -> new NotFoundException("company " + businessId));
	}

	@GetMapping(value = "/jobs/{id}", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "One open job task as schema.org JobPosting JSON-LD.")
	ResponseEntity<Map<String, Object>> job(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(JSON_LD)
			.body(jobs.find(id, locale).orElseThrow(() -> new NotFoundException("job " + id)));
	}

	@GetMapping("/studies/{id}")
	@Operation(summary = "One study as a learning opportunity with the ESCO skills it teaches.")
	Map<String, Object> study(@PathVariable UUID id, Locale locale) {
		return studies.find(id, locale).orElseThrow(() -> new NotFoundException("study " + id));
	}

	@GetMapping(value = "/jobs", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "Open job tasks as schema.org JobPosting JSON-LD: skills as DefinedTerms with ESCO URIs; "
			+ "jobLocation a Place whose PostalAddress names the municipality (addressLocality) and region "
			+ "(addressRegion) in the language asked for, with their Statistics Finland codes as identifiers; "
			+ "datePosted the day the task was published; hiringOrganization with its business ID and, where the "
			+ "company published them in the trade register, its website (url) and postal address. Nothing is "
			+ "published about the people who posted a task.")
	ResponseEntity<Map<String, Object>> jobs(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit,
			@Parameter(description = MUNICIPALITY) @RequestParam(required = false) @Nullable String municipality,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable String region, Locale locale) {
		checkLimit(limit);
		var after = cursor == null ? null : Cursor.decodeUuid(cursor, () -> null);
		var items = jobs.after(after, places.municipalities(municipality, region), limit + 1, locale);
		var page = page(items, limit, item -> (String) item.get("identifier"));
		var body = new LinkedHashMap<String, Object>();
		body.put("@context", "https://schema.org");
		body.put("@type", "ItemList");
		body.put("itemListElement", page.get("items"));
		body.put("next", page.get("next"));
		return ResponseEntity.ok().contentType(JSON_LD).body(body);
	}

	@GetMapping("/studies")
	@Operation(summary = "Studies as learning opportunities (schema.org Course) with the ESCO skills they teach. "
			+ "A place filter leaves out studies without a place, such as most online studies.")
	Map<String, Object> studies(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit,
			@Parameter(description = MUNICIPALITY) @RequestParam(required = false) @Nullable String municipality,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable String region, Locale locale) {
		checkLimit(limit);
		var after = cursor == null ? null : Cursor.decodeUuid(cursor, () -> null);
		var items = studies.after(after, places.municipalities(municipality, region), limit + 1, locale);
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
