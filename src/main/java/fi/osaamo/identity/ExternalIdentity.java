package fi.osaamo.identity;

import org.jspecify.annotations.Nullable;

/**
 * An identity asserted by an OpenID Connect provider.
 *
 * @param issuer the provider's issuer URI
 * @param subject the provider's subject identifier
 * @param givenName given name claim
 * @param familyName family name claim
 * @param email e-mail claim
 * @param nationalId the national identity number claim, from strong e-identification
 */
public record ExternalIdentity(String issuer, String subject, @Nullable String givenName, @Nullable String familyName,
		@Nullable String email, @Nullable String nationalId) {

	@Override
	public String toString() {
		return "ExternalIdentity[" + issuer + "]";
	}

}
