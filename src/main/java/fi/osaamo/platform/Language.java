package fi.osaamo.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages Osaamo serves in. Finnish is the default for requests that state no
 * preference.
 */
public enum Language {

	FI, SV, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public static Optional<Language> fromCode(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		var normalised = code.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(language -> language.code().equals(normalised)).findFirst();
	}

	public static Language of(@Nullable Locale locale) {
		return locale == null ? FI : fromCode(locale.getLanguage()).orElse(EN);
	}

}
