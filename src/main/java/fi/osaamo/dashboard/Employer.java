package fi.osaamo.dashboard;

import java.util.List;
import java.util.Set;

import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.RegisteredCompany;
import org.jspecify.annotations.Nullable;

/**
 * The company picked, or the companies to choose from.
 *
 * @param company the company, if the words named one
 * @param usesOsaamo whether the company's people use Osaamo (else its employees are not
 * known)
 * @param employees its employees in Osaamo
 * @param choices the companies the words named, when they named several
 * @param matching how many companies the words named
 */
public record Employer(@Nullable RegisteredCompany company, boolean usesOsaamo, Set<PersonId> employees,
		List<RegisteredCompany> choices, long matching) {
}
