package fi.osaamo.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a job task's work is, as a schema.org Place: its PostalAddress names the
 * municipality and region in the reader's language, identified by their Statistics
 * Finland codes, and the poster's own words are its name.
 */
@Component
class JobPlaces {

	private final ClassificationManagement classifications;

	JobPlaces(ClassificationManagement classifications) {
		this.classifications = classifications;
	}

	Optional<Map<String, Object>> place(JobTask task, Language language) {
		var municipality = classifications.municipality(task.municipalityCode(), language);
		if (municipality.isEmpty() && task.location() == null) {
			return Optional.empty();
		}
		var region = municipality.flatMap(found -> classifications.region(found.parent(), language));
		var place = new LinkedHashMap<String, Object>(Map.of("@type", "Place"));
		Optional.ofNullable(task.location()).ifPresent(name -> place.put("name", name));
		place.put("address", address(task.location(), municipality, region));
		putCodes(place, municipality, region);
		return Optional.of(place);
	}

	private static Map<String, Object> address(@Nullable String location, Optional<ClassificationCode> municipality,
			Optional<ClassificationCode> region) {
		var address = new LinkedHashMap<String, Object>();
		address.put("@type", "PostalAddress");
		address.put("addressLocality", municipality.map(ClassificationCode::name).orElse(location));
		region.ifPresent(found -> address.put("addressRegion", found.name()));
		address.put("addressCountry", "FI");
		return address;
	}

	private static void putCodes(Map<String, Object> place, Optional<ClassificationCode> municipality,
			Optional<ClassificationCode> region) {
		var codes = new ArrayList<Map<String, Object>>();
		municipality.ifPresent(found -> codes.add(code("FI:kunta", found.code())));
		region.ifPresent(found -> codes.add(code("FI:maakunta", found.code())));
		if (!codes.isEmpty()) {
			place.put("identifier", codes);
		}
	}

	private static Map<String, Object> code(String classification, String value) {
		return Map.of("@type", "PropertyValue", "propertyID", classification, "value", value);
	}

}
