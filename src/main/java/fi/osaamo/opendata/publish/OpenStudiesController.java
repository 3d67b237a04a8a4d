package fi.osaamo.opendata.publish;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open API's studies, as learning opportunities with the ESCO skills they teach.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = OpenPages.TAG, description = OpenPages.TAG_DESCRIPTION)
class OpenStudiesController {

	private final OpenStudies studies;

	private final PlaceFilter places;

	OpenStudiesController(OpenStudies studies, PlaceFilter places) {
		this.studies = studies;
		this.places = places;
	}

	@GetMapping("/studies/{id}")
	@Operation(summary = "One study as a learning opportunity with the ESCO skills it teaches.")
	Map<String, Object> study(@PathVariable UUID id, Locale locale) {
		return studies.find(id, locale).orElseThrow(() -> new NotFoundException("study " + id));
	}

	@GetMapping("/studies")
	@Operation(summary = "Studies as learning opportunities (schema.org Course) with the ESCO skills they teach. "
			+ "A place filter leaves out studies without a place, such as most online studies.")
	Map<String, Object> studies(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") int limit,
			@Parameter(description = OpenPages.MUNICIPALITY) @RequestParam(
					required = false) @Nullable String municipality,
			@Parameter(description = OpenPages.REGION) @RequestParam(required = false) @Nullable String region,
			Locale locale) {
		OpenPages.checkLimit(limit);
		var after = cursor == null ? null : Cursor.decodeUuid(cursor, () -> null);
		var items = studies.after(after, places.municipalities(municipality, region), limit + 1, locale);
		return OpenPages.page(items, limit, item -> (String) item.get("identifier"));
	}

}
