package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A contact person's details as given, before they are checked.
 *
 * @param name the person's name
 * @param role their role or title at the company
 * @param phone a phone number, Finnish or international
 * @param email an e-mail address
 * @param consent what the person agreed to be contacted for
 * @param consentedOn when they agreed; required with any consent
 * @param source where the details came from
 */
public record NewContactPerson(@Nullable String name, @Nullable String role, @Nullable String phone,
		@Nullable String email, Set<ConsentScope> consent, @Nullable LocalDate consentedOn,
		@Nullable ContactSource source) {

	public NewContactPerson {
		consent = Set.copyOf(consent);
	}

}
