package fi.osaamo.account;

import org.jspecify.annotations.Nullable;

/**
 * The sign-in page.
 *
 * @param error what went wrong last time: {@code credentials}, {@code throttled},
 * {@code oidc} or none
 * @param waitSeconds for {@code throttled}, how many seconds to wait
 * @param username the user name typed last time
 * @param oidcLink where e-identification starts, if it is configured
 * @param oidcProviderName the e-identification service's name
 */
public record LoginPage(@Nullable String error, long waitSeconds, String username, @Nullable String oidcLink,
		String oidcProviderName) {
}
