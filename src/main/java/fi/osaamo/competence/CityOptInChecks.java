package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an opt-in to a city's growth team before it is saved: a mapping to open, a city,
 * sections that include the skills, and a profile whose municipality and occupation
 * exist.
 */
@Component
class CityOptInChecks {

	private final MappingRepository mappings;

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final Clock clock;

	CityOptInChecks(MappingRepository mappings, OrganisationManagement organisations, TaxonomyManagement taxonomy,
			ClassificationManagement classifications, Clock clock) {
		this.mappings = mappings;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.clock = clock;
	}

	void check(PersonId person, OrganisationId city, Set<Section> sections, @Nullable LocalDate expiresOn,
			TalentProfile profile) {
		if (!mappings.exists(person)) {
			throw new InvalidInputException("city", "validation.noMapping");
		}
		if (organisations.find(city).filter(found -> found.type() == OrganisationType.CITY).isEmpty()) {
			throw new InvalidInputException("city", "validation.choose");
		}
		checkSections(sections, expiresOn);
		checkProfile(profile);
	}

	private void checkSections(Set<Section> sections, @Nullable LocalDate expiresOn) {
		if (!CityVisibility.OFFERED.containsAll(sections)) {
			throw new InvalidInputException("sections", "validation.choose");
		}
		if (!sections.contains(Section.SKILLS)) {
			throw new InvalidInputException("sections", "talents.visibility.skillsNeeded");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("expiresOn", "validation.dateInPast");
		}
	}

	private void checkProfile(TalentProfile profile) {
		if (profile.municipality() != null
				&& classifications.municipality(profile.municipality(), Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.choose");
		}
		if (profile.occupationUri() != null && !taxonomy.isOccupation(profile.occupationUri())) {
			throw new InvalidInputException("occupation", "validation.choose");
		}
	}

}
