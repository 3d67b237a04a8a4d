package fi.osaamo.identity;

import org.jspecify.annotations.Nullable;

/**
 * A person's personal data as kept in the vault.
 *
 * @param id the person
 * @param pseudonym the person's pseudonym
 * @param givenName given name
 * @param familyName family name
 * @param email e-mail address
 * @param phone phone number
 * @param strongIdentification whether the person has signed in with strong
 * e-identification
 */
public record PersonalData(PersonId id, String pseudonym, @Nullable String givenName, @Nullable String familyName,
		@Nullable String email, @Nullable String phone, boolean strongIdentification) {

	public @Nullable String fullName() {
		if (givenName == null && familyName == null) {
			return null;
		}
		return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
	}

}
