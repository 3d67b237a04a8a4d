package fi.osaamo.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailedAttempts failed sign-ins in a row before the user name is locked
 * @param lockDuration how long the lock lasts
 * @param nationalIdClaim the ID-token claim that carries the national identity number
 * @param oidcProviderName the name of the e-identification service on the sign-in page
 */
@ConfigurationProperties("app.account")
public record AccountProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("personal_identity_code") String nationalIdClaim,
		@DefaultValue("Suomi.fi") String oidcProviderName) {
}
