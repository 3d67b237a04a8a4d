package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Työmarkkinatori's field conventions: lists of codes as strings, and texts given in
 * Finnish, Swedish or English.
 */
final class TmtFields {

	private TmtFields() {
	}

	/** The description as plain text, cut to 8000 characters. */
	static @Nullable String description(JsonNode node) {
		var description = localized(Fields.object(node, "kuvausteksti"), 100_000);
		if (description != null) {
			description = Jsoup.parse(description).text();
			description = description.length() > 8000 ? description.substring(0, 8000) : description;
		}
		return description;
	}

	static List<String> strings(JsonNode node, String field) {
		var values = new ArrayList<String>();
		for (var value : Fields.array(node, field)) {
			if (!value.isString() || value.asString().length() > 255) {
				throw new RecordProblem("opendata.reject.wrongType", field);
			}
			values.add(value.asString());
		}
		return values;
	}

	/** The text in Finnish, else in Swedish, else in English. */
	static @Nullable String localized(JsonNode names, int max) {
		for (var language : List.of("fi", "sv", "en")) {
			var text = Fields.text(names, language, max);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

}
