package fi.osaamo.opendata.publish;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open API's job tasks, as schema.org JobPosting JSON-LD.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = OpenPages.TAG, description = OpenPages.TAG_DESCRIPTION)
class OpenJobsController {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final OpenJobs jobs;

	private final PlaceFilter places;

	OpenJobsController(OpenJobs jobs, PlaceFilter places) {
		this.jobs = jobs;
		this.places = places;
	}

	@GetMapping(value = "/jobs/{id}", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "One open job task as schema.org JobPosting JSON-LD.")
	ResponseEntity<Map<String, Object>> job(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(JSON_LD)
			.body(jobs.find(id, locale).orElseThrow(() -> new NotFoundException("job " + id)));
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
			@Parameter(description = OpenPages.MUNICIPALITY) @RequestParam(
					required = false) @Nullable String municipality,
			@Parameter(description = OpenPages.REGION) @RequestParam(required = false) @Nullable String region,
			Locale locale) {
		OpenPages.checkLimit(limit);
		var after = cursor == null ? null : Cursor.decodeUuid(cursor, () -> null);
		var items = jobs.after(after, places.municipalities(municipality, region), limit + 1, locale);
		var page = OpenPages.page(items, limit, item -> (String) item.get("identifier"));
		return ResponseEntity.ok().contentType(JSON_LD).body(itemList(page));
	}

	private static Map<String, Object> itemList(Map<String, Object> page) {
		var body = new LinkedHashMap<String, Object>();
		body.put("@context", "https://schema.org");
		body.put("@type", "ItemList");
		body.put("itemListElement", page.get("items"));
		body.put("next", page.get("next"));
		return body;
	}

}
