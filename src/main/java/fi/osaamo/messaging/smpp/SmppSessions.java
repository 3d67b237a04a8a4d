package fi.osaamo.messaging.smpp;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;

/**
 * How the bind's sessions are made and how long to wait between attempts: the timers and
 * the account come from the configuration, the wait doubles up to its limit, with jitter
 * so that instances do not all come back at once.
 */
final class SmppSessions {

	private SmppSessions() {
	}

	/**
	 * A session not yet connected.
	 * @param properties the bind's configuration
	 * @param listener what receives deliver_sm
	 * @param onUnbound told when the session stops being bound
	 */
	static SMPPSession create(SmppProperties properties, MessageReceiverListener listener, Runnable onUnbound) {
		var session = new SMPPSession(NoDelaySockets.INSTANCE);
		session.setEnquireLinkTimer((int) properties.enquireLink().toMillis());
		session.setTransactionTimer(properties.responseTimeout().toMillis());
		session.setPduProcessorDegree(Math.max(2, properties.window()));
		session.setMessageReceiverListener(listener);
		session.addSessionStateListener((newState, oldState, source) -> {
			if (!newState.isBound()) {
				onUnbound.run();
			}
		});
		return session;
	}

	/** The transceiver bind's parameters. */
	static BindParameter bind(SmppProperties properties) {
		return new BindParameter(BindType.BIND_TRX, properties.systemId(), properties.password(),
				properties.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null);
	}

	/** The next wait: double the last, at most the maximum. */
	static Duration next(Duration wait, SmppProperties properties) {
		var doubled = wait.multipliedBy(2);
		return doubled.compareTo(properties.rebindMax()) > 0 ? properties.rebindMax() : doubled;
	}

	/** Sleeps between half the wait and the whole of it; false when interrupted. */
	static boolean sleepAbout(Duration wait) {
		long millis = wait.toMillis();
		try {
			Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
