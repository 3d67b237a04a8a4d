package fi.osaamo.opendata.profile;

import java.util.List;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The texts of a Työmarkkinatori profile export: given as is or in languages, and cut to
 * what a preview shows.
 */
final class TmtTexts {

	private TmtTexts() {
	}

	/**
	 * A text given as is or in languages: the reader's, else Finnish, Swedish, English.
	 */
	static @Nullable String text(JsonNode node, Language language) {
		if (node.isString()) {
			return node.asString().isBlank() ? null : node.asString().strip();
		}
		for (var code : List.of(language.code(), "fi", "sv", "en")) {
			var value = node.path(code);
			if (value.isString() && !value.asString().isBlank()) {
				return value.asString().strip();
			}
		}
		return null;
	}

	static String limit(String text) {
		return text.length() > 200 ? text.substring(0, 199) + "…" : text;
	}

	static @Nullable String limitOrNull(@Nullable String text) {
		return text == null ? null : limit(text);
	}

}
