package fi.osaamo.messaging.smpp;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bind to the operator's SMSC, under {@code app.messaging.smpp}. Without a host, a
 * simulated SMSC starts in this JVM (unless {@code simulator} is off, as in production)
 * and the bind goes to it over real SMPP.
 *
 * @param host the SMSC's host; blank for the simulator
 * @param port the SMSC's port
 * @param systemId the account's system id
 * @param password the account's password, from the environment
 * ({@code OSAAMO_SMSC_PASSWORD})
 * @param systemType the system type the operator asks for, often blank
 * @param window how many submits may wait for their response at once
 * @param perSecond the most messages (parts) per second the operator allows on the bind
 * @param enquireLink how long the bind may be quiet before an enquire_link checks it
 * @param responseTimeout how long a request waits for its response
 * @param rebindMin the first wait before binding again after the bind dropped
 * @param rebindMax the longest wait between attempts (the wait doubles up to it)
 * @param simulator whether a simulated SMSC starts when no host is set
 * @param simulatorPort the simulator's port; 0 for any free port
 */
@ConfigurationProperties("app.messaging.smpp")
public record SmppProperties(@Nullable String host, @DefaultValue("2775") int port,
		@DefaultValue("osaamo") String systemId, @DefaultValue("") String password, @DefaultValue("") String systemType,
		@DefaultValue("10") int window, @DefaultValue("50") int perSecond, @DefaultValue("30s") Duration enquireLink,
		@DefaultValue("10s") Duration responseTimeout, @DefaultValue("1s") Duration rebindMin,
		@DefaultValue("60s") Duration rebindMax, @DefaultValue("true") boolean simulator,
		@DefaultValue("0") int simulatorPort) {

	public SmppProperties {
		// SMPP 3.4 §4.1: longer values cannot be sent, so say so at start rather than at
		// each bind.
		if (systemId.length() > 15 || password.length() > 8 || systemType.length() > 12) {
			throw new IllegalArgumentException(
					"SMPP allows a system id of at most 15 characters, a password of at most 8 and a system type of at most 12");
		}
	}

	/** Whether an operator's SMSC is configured. */
	public boolean operatorConfigured() {
		return this.host != null && !this.host.isBlank();
	}

	/** Whether the simulated SMSC is to be used. */
	public boolean simulated() {
		return !operatorConfigured() && this.simulator;
	}

}
