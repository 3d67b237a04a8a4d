package fi.osaamo.dashboard;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Reads single values of the company list's filters, refusing what is not a choice. */
final class CompanyFilterValues {

	static final int MAX_MONTHS = 120;

	private CompanyFilterValues() {
	}

	static @Nullable PersonId manager(@Nullable String manager, PersonId user) {
		if (manager == null || manager.equals("none")) {
			return null;
		}
		if (manager.equals("me")) {
			return user;
		}
		return person(manager);
	}

	private static PersonId person(String manager) {
		try {
			return new PersonId(UUID.fromString(manager));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("manager", "validation.choice", manager);
		}
	}

	static @Nullable Integer months(@Nullable String text) {
		var months = blankToNull(text);
		if (months == null) {
			return null;
		}
		var value = number(months);
		if (value == null || value < 1 || value > MAX_MONTHS) {
			throw new InvalidInputException("noContactMonths", "validation.range", 1, MAX_MONTHS);
		}
		return value;
	}

	private static @Nullable Integer number(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static @Nullable Boolean flag(@Nullable String text, String field) {
		var value = blankToNull(text);
		if (value != null && !value.equals("true")) {
			throw new InvalidInputException(field, "validation.choice", value);
		}
		return value != null;
	}

	static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, @Nullable String otherwise,
			String field) {
		var text = blankToNull(value);
		try {
			return Enum.valueOf(type,
					(text == null ? java.util.Objects.requireNonNull(otherwise) : text).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "validation.choice", value);
		}
	}

	static String limit(@Nullable String q) {
		if (q == null) {
			return "";
		}
		return q.length() > 200 ? q.substring(0, 200) : q;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
