package fi.osaamo.account;

import org.jspecify.annotations.Nullable;

/**
 * The sign-in page.
 *
 * @param error what went wrong last time: {@code credentials}, {@code locked},
 * {@code oidc} or none
 * @param username the user name typed last time
 * @param oidcLink where e-identification starts, if it is configured
 * @param oidcProviderName the e-identification service's name
 */
public record LoginPage(@Nullable String error, String username, @Nullable String oidcLink, String oidcProviderName) {
}
