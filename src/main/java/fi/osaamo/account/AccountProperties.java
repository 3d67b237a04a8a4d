package fi.osaamo.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param throttle how repeated failed sign-ins are slowed down
 * @param signInLogRetention how long sign-in attempts are kept in the log
 * @param nationalIdClaim the ID-token claim that carries the national identity number
 * @param oidcProviderName the name of the e-identification service on the sign-in page
 */
@ConfigurationProperties("app.account")
public record AccountProperties(@DefaultValue Throttle throttle, @DefaultValue("90d") Duration signInLogRetention,
		@DefaultValue("personal_identity_code") String nationalIdClaim,
		@DefaultValue("Suomi.fi") String oidcProviderName) {

	/**
	 * Failed sign-ins are counted over a window per user name (since its last successful
	 * sign-in) and per client address. Up to the free number an attempt is answered at
	 * once; each failure beyond it doubles the wait before the next attempt is taken,
	 * from one second up to the maximum. Nothing locks an account: a user whose name is
	 * being guessed elsewhere waits at most {@code maxWaitPerName}.
	 *
	 * @param window how far back failures count
	 * @param freePerName failures of a name answered without a wait
	 * @param maxWaitPerName the longest wait a name's failures impose
	 * @param freePerClient failures from one address answered without a wait
	 * @param maxWaitPerClient the longest wait an address's failures impose
	 */
	public record Throttle(@DefaultValue("15m") Duration window, @DefaultValue("5") int freePerName,
			@DefaultValue("60s") Duration maxWaitPerName, @DefaultValue("20") int freePerClient,
			@DefaultValue("15m") Duration maxWaitPerClient) {
	}

}
