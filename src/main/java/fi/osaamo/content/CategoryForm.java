package fi.osaamo.content;

import java.util.EnumMap;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * A new category's fields as submitted.
 */
public record CategoryForm(@Nullable String slug, @Nullable String nameFI, @Nullable String nameSV,
		@Nullable String nameEN) {

	static CategoryForm empty() {
		return new CategoryForm("", "", "", "");
	}

	public String value(@Nullable String value) {
		return value == null ? "" : value;
	}

	EnumMap<Language, String> names() {
		var names = new EnumMap<Language, String>(Language.class);
		names.put(Language.FI, value(nameFI));
		names.put(Language.SV, value(nameSV));
		names.put(Language.EN, value(nameEN));
		return names;
	}

}
