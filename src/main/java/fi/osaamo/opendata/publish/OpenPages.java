package fi.osaamo.opendata.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fi.osaamo.platform.InvalidInputException;

/**
 * What the open API's lists share: their tag, the parameters' descriptions, the limit of
 * a page and the page itself with its opaque {@code next} cursor.
 */
final class OpenPages {

	static final String TAG = "Open data";

	static final String TAG_DESCRIPTION = "Public, read-only data of the region, without signing in. "
			+ "Anonymous callers may make 120 requests a minute; an API key (header X-Api-Key) raises the limit.";

	static final int MAX_LIMIT = 100;

	static final String MUNICIPALITY = "a municipality code of Statistics Finland (kunta, three digits), such as 091 "
			+ "for Helsinki; an unknown code is refused with 400";

	static final String REGION = "a region code of Statistics Finland (maakunta, two digits), such as 01 for "
			+ "Uusimaa; an unknown code is refused with 400. With a municipality too, both must match";

	private OpenPages() {
	}

	static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "validation.range", 1, MAX_LIMIT);
		}
	}

	static LinkedHashMap<String, Object> page(List<Map<String, Object>> items, int limit,
			Function<Map<String, Object>, String> key) {
		var body = new LinkedHashMap<String, Object>();
		var more = items.size() > limit;
		var shown = more ? items.subList(0, limit) : items;
		body.put("items", shown);
		body.put("next", more ? Cursor.encode(key.apply(shown.get(shown.size() - 1))) : null);
		return body;
	}

}
