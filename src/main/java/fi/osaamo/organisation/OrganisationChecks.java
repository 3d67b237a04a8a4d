package fi.osaamo.organisation;

import java.util.Locale;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an organisation's fields before they are stored: name, codes and brand colour.
 */
@Component
class OrganisationChecks {

	static final int MAX_NAME = 200;

	private final ClassificationManagement classifications;

	OrganisationChecks(ClassificationManagement classifications) {
		this.classifications = classifications;
	}

	/** The new organisation's name, stripped, once its fields have been checked. */
	String checked(NewOrganisation organisation) {
		var name = checkedName(organisation.name());
		checkCodes(organisation);
		return name;
	}

	private static String checkedName(String name) {
		var stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (stripped.length() > MAX_NAME) {
			throw new InvalidInputException("name", "validation.tooLong", MAX_NAME);
		}
		return stripped;
	}

	private void checkCodes(NewOrganisation organisation) {
		if (organisation.type() == OrganisationType.COMPANY && organisation.businessId() == null) {
			throw new InvalidInputException("businessId", "validation.businessId.required");
		}
		checkMunicipality(organisation.municipalityCode());
		checkIndustry(organisation.industryCode());
	}

	private void checkMunicipality(@Nullable String code) {
		if (code != null && classifications.municipality(code, Language.FI).isEmpty()) {
			throw new InvalidInputException("municipalityCode", "validation.municipality");
		}
	}

	private void checkIndustry(@Nullable String code) {
		if (code != null && (!code.matches("\\d{2,5}") || classifications.industry(code, Language.FI).isEmpty())) {
			throw new InvalidInputException("industryCode", "validation.industry");
		}
	}

	static @Nullable String checkedColour(@Nullable String colour) {
		var value = colour == null || colour.isBlank() ? null : colour.strip().toLowerCase(Locale.ROOT);
		if (value != null && !ColourContrast.isHexColour(value)) {
			throw new InvalidInputException("primaryColour", "validation.colour");
		}
		if (value != null && ColourContrast.againstWhite(value) < ColourContrast.MINIMUM) {
			throw new InvalidInputException("primaryColour", "validation.colour.contrast",
					String.format(Locale.ROOT, "%.1f", ColourContrast.againstWhite(value)), ColourContrast.MINIMUM);
		}
		return value;
	}

}
