package fi.osaamo.opendata.publish;

import java.util.Objects;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where an employer counts in the competence statistics: the region (maakunta) of its
 * municipality and the TOL 2008 section of its industry.
 */
@Component
class EmployerPlaces {

	private final OrganisationManagement organisations;

	private final ClassificationManagement classifications;

	EmployerPlaces(OrganisationManagement organisations, ClassificationManagement classifications) {
		this.organisations = organisations;
		this.classifications = classifications;
	}

	/**
	 * The company's place, or {@code null} when it is no company or its codes are
	 * unknown.
	 */
	@Nullable Place place(OrganisationId id) {
		var organisation = organisations.find(id).orElse(null);
		if (organisation == null || organisation.type() != OrganisationType.COMPANY) {
			return null;
		}
		return place(organisation.municipalityCode(), organisation.industryCode());
	}

	private @Nullable Place place(@Nullable String municipality, @Nullable String industryCode) {
		var region = classifications.municipality(municipality, Language.FI).map(code -> code.parent()).orElse(null);
		var industry = classifications.industry(industryCode, Language.FI).orElse(null);
		if (region == null || industry == null) {
			return null;
		}
		var section = industry.level() == 1 ? industry.code() : Objects.requireNonNullElse(industry.parent(), "?");
		return new Place(region, section);
	}

	/**
	 * An employer's place.
	 *
	 * @param region the region (maakunta) code
	 * @param section the TOL 2008 section letter
	 */
	record Place(String region, String section) {
	}

}
