package fi.osaamo.opendata.sources;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds a municipality's code from its name in Finnish, Swedish or English, as job ads
 * give their place.
 */
@Component
class Municipalities {

	private final Map<String, String> byName = new HashMap<>();

	private final ClassificationManagement classifications;

	Municipalities(ClassificationManagement classifications) {
		this.classifications = classifications;
		for (var language : Language.values()) {
			classifications.municipalities(language)
				.forEach(code -> byName.putIfAbsent(code.name().toLowerCase(Locale.ROOT), code.code()));
		}
	}

	Optional<String> byName(@Nullable String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
	}

	boolean exists(String code) {
		return classifications.municipality(code, Language.FI).isPresent();
	}

}
