package fi.osaamo.opendata.sources;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The names PRH gives a code in several languages (a company form, a business line), by
 * language: its language codes 1, 2 and 3 are Finnish, Swedish and English.
 */
final class PrhDescriptions {

	private PrhDescriptions() {
	}

	static Map<String, String> of(JsonNode node) {
		var names = new TreeMap<String, String>();
		for (var description : Fields.array(node, "descriptions")) {
			Fields.requireObject(description);
			var language = language(Fields.code(description, "languageCode", 2));
			var text = Fields.text(description, "description", 300);
			if (language != null && text != null) {
				names.put(language, text);
			}
		}
		return names;
	}

	private static @Nullable String language(@Nullable String code) {
		return switch (String.valueOf(code)) {
			case "1" -> "fi";
			case "2" -> "sv";
			case "3" -> "en";
			default -> null;
		};
	}

}
