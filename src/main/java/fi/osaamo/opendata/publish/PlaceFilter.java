package fi.osaamo.opendata.publish;

import java.util.Set;
import java.util.stream.Collectors;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the open API's place filter: a municipality and a region (maakunta) by their
 * Statistics Finland codes. An unknown code is refused, so that a typing error is told
 * apart from a place without data.
 */
@Component
class PlaceFilter {

	private final ClassificationManagement classifications;

	PlaceFilter(ClassificationManagement classifications) {
		this.classifications = classifications;
	}

	/**
	 * The municipalities the filter allows.
	 * @param municipality a municipality code, or {@code null}
	 * @param region a region code, or {@code null}
	 * @return the municipality codes, or {@code null} when neither is given; empty when
	 * the municipality is not in the region
	 * @throws InvalidInputException if a code is not in the classification
	 */
	@Nullable Set<String> municipalities(@Nullable String municipality, @Nullable String region) {
		check(municipality, region);
		if (region == null) {
			return municipality == null ? null : Set.of(municipality);
		}
		return classifications.municipalities(Language.FI)
			.stream()
			.filter(code -> region.equals(code.parent()))
			.map(code -> code.code())
			.filter(code -> municipality == null || code.equals(municipality))
			.collect(Collectors.toUnmodifiableSet());
	}

	private void check(@Nullable String municipality, @Nullable String region) {
		if (municipality != null && classifications.municipality(municipality, Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.unknownMunicipality", municipality);
		}
		if (region != null && classifications.region(region, Language.FI).isEmpty()) {
			throw new InvalidInputException("region", "validation.unknownRegion", region);
		}
	}

}
