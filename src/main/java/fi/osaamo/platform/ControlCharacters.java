package fi.osaamo.platform;

import java.util.Map;

/**
 * Finds control characters (NUL and the other C0 and C1 controls, except tab, line feed
 * and carriage return) in parameters and in JSON text.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	static boolean parametersAreClean(Map<String, String[]> parameters) {
		for (var entry : parameters.entrySet()) {
			if (hasControlCharacters(entry.getKey()) || anyHasControlCharacters(entry.getValue())) {
				return false;
			}
		}
		return true;
	}

	private static boolean anyHasControlCharacters(String[] values) {
		for (var value : values) {
			if (value != null && hasControlCharacters(value)) {
				return true;
			}
		}
		return false;
	}

	static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isForbidden(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether JSON text carries a control character, raw or as a {@code \\u} escape with
	 * four hex digits. Escapes are read as JSON reads them, so an escaped backslash
	 * followed by {@code u0000} is the harmless text it stands for.
	 */
	static boolean jsonHasControlCharacters(String json) {
		for (int i = 0; i < json.length(); i += 1 + escapeLength(json, i)) {
			if (escapeLength(json, i) == 0 ? isForbidden(json.charAt(i)) : forbiddenEscapeAt(json, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many characters after a backslash at an index belong to its escape: five for a
	 * unicode escape, one for any other, none where no escape starts.
	 */
	private static int escapeLength(String json, int i) {
		if (json.charAt(i) != '\\' || i + 1 >= json.length()) {
			return 0;
		}
		return json.charAt(i + 1) == 'u' && i + 5 < json.length() ? 5 : 1;
	}

	private static boolean forbiddenEscapeAt(String json, int i) {
		return escapeLength(json, i) == 5 && forbiddenEscape(json.substring(i + 2, i + 6));
	}

	/**
	 * Whether the four hexadecimal digits of a JSON unicode escape stand for a forbidden
	 * character.
	 */
	private static boolean forbiddenEscape(String hex) {
		try {
			return isForbidden((char) Integer.parseInt(hex, 16));
		}
		catch (NumberFormatException ex) {
			// Not an escape JSON accepts; the JSON reader will refuse it.
			return false;
		}
	}

	private static boolean isForbidden(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
	}

}
