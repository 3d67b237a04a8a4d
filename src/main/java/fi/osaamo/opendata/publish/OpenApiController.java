package fi.osaamo.opendata.publish;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
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
 * The public, read-only open-data API: companies and the change feed here, jobs, studies
 * and statistics in controllers of their own. Every list is a page with an opaque
 * {@code next} cursor; every answer carries an ETag, and a repeated request with
 * {@code If-None-Match} answers 304 Not Modified.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = OpenPages.TAG, description = OpenPages.TAG_DESCRIPTION)
class OpenApiController {

	private final OpenData data;

	private final ChangeFeed changes;

	OpenApiController(OpenData data, ChangeFeed changes) {
		this.data = data;
		this.changes = changes;
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
		OpenPages.checkLimit(limit);
		checkMunicipality(municipality);
		var after = Cursor.decode(cursor);
		var items = data.companies(after, municipality, limit + 1);
		return OpenPages.page(items, limit, item -> (String) item.get("businessId"));
	}

	@GetMapping("/companies/{businessId}")
	@Operation(summary = "One company of the region, by its business ID.")
	Map<String, Object> company(@PathVariable String businessId) {
		return data.company(businessId).orElseThrow(() -> new NotFoundException("company " + businessId));
	}

	@GetMapping("/changes")
	@Operation(summary = "What changed after a cursor, oldest first, so others can mirror the data incrementally. "
			+ "Start without a cursor; keep the last next cursor and ask again later.")
	Map<String, Object> changes(@RequestParam(required = false) @Nullable String since,
			@RequestParam(defaultValue = "100") int limit) {
		OpenPages.checkLimit(limit);
		var after = Cursor.decode(since);
		long seq;
		try {
			seq = after == null ? 0 : Long.parseLong(after);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("since", "validation.cursor");
		}
		var items = changes.changes(seq, limit);
		var body = new LinkedHashMap<String, Object>();
		body.put("items", items);
		var last = items.isEmpty() ? seq : (long) items.get(items.size() - 1).get("seq");
		body.put("next", Cursor.encode(Long.toString(last)));
		body.put("more", items.size() == limit);
		return body;
	}

	private static void checkMunicipality(@Nullable String municipality) {
		if (municipality != null && !municipality.matches("\\d{3}")) {
			throw new InvalidInputException("municipality", "validation.municipalityCode", municipality);
		}
	}

}
