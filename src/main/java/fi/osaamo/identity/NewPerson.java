package fi.osaamo.identity;

import org.jspecify.annotations.Nullable;

/**
 * Personal data of a person being registered.
 *
 * @param givenName given name
 * @param familyName family name
 * @param email e-mail address
 * @param phone phone number in international form
 */
public record NewPerson(@Nullable String givenName, @Nullable String familyName, @Nullable String email,
		@Nullable String phone) {
}
