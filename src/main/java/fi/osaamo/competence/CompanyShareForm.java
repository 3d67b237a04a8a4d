package fi.osaamo.competence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a person chose to share with one of their companies; kept as ticked when the
 * choice is refused.
 *
 * @param organisation the company
 * @param sections the ticked sections
 * @param expiresOn the last day of sharing, as {@code yyyy-MM-dd}, or blank
 */
public record CompanyShareForm(@Nullable UUID organisation, @Nullable List<Section> sections,
		@Nullable String expiresOn) {

	boolean isFor(OrganisationId company) {
		return company.value().equals(organisation);
	}

	OrganisationId company() {
		if (organisation == null) {
			throw new InvalidInputException("organisation", "validation.notYourCompany");
		}
		return new OrganisationId(organisation);
	}

	Set<Section> ticked() {
		return sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
	}

	@Nullable LocalDate expiry() {
		if (expiresOn == null || expiresOn.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(expiresOn.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("expiresOn", "validation.date");
		}
	}

}
