package fi.osaamo.companies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person the team deals with at a company, in their professional role there.
 *
 * @param id their id
 * @param businessId the company
 * @param name their name
 * @param role their role or title
 * @param phone their phone number in international (E.164) form
 * @param email their e-mail address
 * @param consent what they agreed to be contacted for
 * @param consentedOn when they agreed, if they did
 * @param source where the details came from
 * @param updatedAt when the details last changed
 * @param version for optimistic locking
 */
public record ContactPerson(UUID id, String businessId, String name, @Nullable String role, @Nullable String phone,
		@Nullable String email, Set<ConsentScope> consent, @Nullable LocalDate consentedOn, ContactSource source,
		Instant updatedAt, int version) {

	public ContactPerson {
		consent = Set.copyOf(consent);
	}

	/**
	 * Whether the person agreed to be contacted for this.
	 * @param scope what for
	 * @return whether they did
	 */
	public boolean consents(ConsentScope scope) {
		return consent.contains(scope);
	}

	/**
	 * The phone number as people write it: {@code +358 40 1234567}.
	 * @return the number, or {@code null} without one
	 */
	public @Nullable String phoneShown() {
		return phone == null ? null : Phones.shown(phone);
	}

}
