package fi.osaamo.companies;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The field checks every form of the module shares. */
final class Checks {

	private Checks() {
	}

	static String required(@Nullable String value, String field, int max) {
		var text = optional(value, field, max);
		if (text == null) {
			throw new InvalidInputException(field, "validation.required");
		}
		return text;
	}

	static @Nullable String optional(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var text = value.strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
		return text;
	}

	static <T> T chosen(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "validation.choose");
		}
		return value;
	}

}
