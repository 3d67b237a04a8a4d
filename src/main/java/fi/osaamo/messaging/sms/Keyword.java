package fi.osaamo.messaging.sms;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The words that stop and start messages to a number, in Finnish, Swedish and English, in
 * any case, with or without punctuation around them.
 */
enum Keyword {

	STOP, START;

	private static final Map<String, Keyword> WORDS = Map.of("STOP", STOP, "LOPETA", STOP, "SLUTA", STOP, "START",
			START, "ALOITA", START, "BÖRJA", START, "BORJA", START);

	private static final Map<String, String> LANGUAGES = Map.of("LOPETA", "fi", "ALOITA", "fi", "SLUTA", "sv", "BÖRJA",
			"sv", "BORJA", "sv");

	/** The keyword a whole message is, if it is one. */
	static @Nullable Keyword of(String text) {
		return WORDS.get(normalised(text));
	}

	/**
	 * The language a keyword is in, or {@code null} for STOP and START, which all use.
	 */
	static @Nullable String language(String text) {
		return LANGUAGES.get(normalised(text));
	}

	private static String normalised(String text) {
		return text.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "").toUpperCase(Locale.ROOT);
	}

}
