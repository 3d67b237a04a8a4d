package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.organisation.Membership;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The page where a person chooses what each of their companies may see.
 *
 * @param companies the companies the person belongs to
 * @param grants what is shared now
 * @param today today, for the expiry field's minimum
 * @param error what was wrong with the last change
 * @param hasMapping whether the person has started a mapping
 */
public record SharingPage(List<Membership> companies, List<Grant> grants, LocalDate today,
		@Nullable InvalidInputException error, boolean hasMapping) {

	public Section[] sections() {
		return Section.values();
	}

	public boolean shared(Membership company, Section section) {
		return grants.stream()
			.anyMatch(grant -> grant.organisation().equals(company.organisationId()) && grant.section() == section
					&& grant.activeOn(today));
	}

	public String expiry(Membership company) {
		return grants.stream()
			.filter(grant -> grant.organisation().equals(company.organisationId()) && grant.expiresOn() != null)
			.map(grant -> grant.expiresOn().toString())
			.findFirst()
			.orElse("");
	}

}
