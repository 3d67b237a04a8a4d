package fi.osaamo.messaging.smpp;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.SMPPSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The transceiver bind to the SMSC: binds at start, keeps the bind alive with
 * enquire_link, binds again with a doubling back-off when the SMSC or the network drops
 * it, and submits parts within a window of outstanding requests at the rate the operator
 * sells.
 */
@Component
public class SmppLink implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SmppLink.class);

	private final SmppProperties properties;

	private final SmppEndpoint endpoint;

	private final InboundListener inbound;

	private final Semaphore window;

	private final RateLimiter rate;

	private final Object changes = new Object();

	private volatile @Nullable SMPPSession session;

	private volatile LinkState state = LinkState.STOPPED;

	private volatile @Nullable Instant boundSince;

	private volatile int binds;

	private @Nullable Thread keeper;

	SmppLink(SmppProperties properties, SmppEndpoint endpoint, ObjectProvider<SmppInbound> inbound) {
		this.properties = properties;
		this.endpoint = endpoint;
		this.inbound = new InboundListener(inbound::getObject);
		this.window = new Semaphore(Math.max(1, properties.window()));
		this.rate = RateLimiter.of("smpp",
				RateLimiterConfig.custom()
					.limitRefreshPeriod(Duration.ofMillis(100))
					.limitForPeriod(Math.max(1, properties.perSecond() / 10))
					.timeoutDuration(Duration.ofSeconds(5))
					.build());
	}

	/** The bind's state. */
	public LinkState state() {
		return this.state;
	}

	/** Since when the bind has been up, if it is. */
	public @Nullable Instant boundSince() {
		return this.boundSince;
	}

	/** How many times the link has bound since the application started. */
	public int binds() {
		return this.binds;
	}

	/** Whether the bind is up. */
	public boolean bound() {
		return this.state == LinkState.BOUND;
	}

	/**
	 * Submits one part, waiting for room in the window and for the rate.
	 * @param part what to send
	 * @return how it went
	 */
	public SubmitOutcome submit(SubmitRequest part) {
		var current = this.session;
		if (current == null || !bound()) {
			return new SubmitOutcome.Temporary("NOT_BOUND");
		}
		try {
			if (!this.window.tryAcquire(this.properties.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				return new SubmitOutcome.Temporary("WINDOW_FULL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SubmitOutcome.Temporary("INTERRUPTED");
		}
		try {
			if (!this.rate.acquirePermission()) {
				return new SubmitOutcome.Temporary("RATE");
			}
			return Submits.submit(current, part);
		}
		finally {
			this.window.release();
		}
	}

	@Override
	public void start() {
		if (this.endpoint.address() == null) {
			this.state = LinkState.NOT_CONFIGURED;
			log.warn("No SMSC is configured (app.messaging.smpp.host): text messages stay queued");
			return;
		}
		this.state = LinkState.CONNECTING;
		var thread = new Thread(this::keepBound, "smpp-link");
		thread.setDaemon(true);
		this.keeper = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.state = LinkState.STOPPED;
		var thread = this.keeper;
		if (thread != null) {
			thread.interrupt();
		}
		var current = this.session;
		if (current != null) {
			current.unbindAndClose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.state != LinkState.STOPPED && this.state != LinkState.NOT_CONFIGURED;
	}

	@Override
	public int getPhase() {
		// After the simulated SMSC and before the dispatcher, which stops first.
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	private void keepBound() {
		var wait = this.properties.rebindMin();
		while (this.state != LinkState.STOPPED) {
			if (bindOnce()) {
				wait = this.properties.rebindMin();
				awaitUnbound();
			}
			if (this.state == LinkState.STOPPED) {
				return;
			}
			this.state = LinkState.DISCONNECTED;
			this.boundSince = null;
			if (!SmppSessions.sleepAbout(wait)) {
				return;
			}
			wait = SmppSessions.next(wait, this.properties);
		}
	}

	private boolean bindOnce() {
		var attempt = SmppSessions.create(this.properties, this.inbound, this::unbound);
		try {
			var address = java.util.Objects.requireNonNull(this.endpoint.address());
			attempt.connectAndBind(address.host(), address.port(), SmppSessions.bind(this.properties),
					this.properties.responseTimeout().toMillis());
			this.session = attempt;
			this.boundSince = Instant.now();
			this.binds++;
			this.state = LinkState.BOUND;
			log.info("Bound to the SMSC at {}:{} as {}", address.host(), address.port(), this.properties.systemId());
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not bind to the SMSC: {}", ex.getMessage());
			attempt.close();
			return false;
		}
	}

	private void unbound() {
		synchronized (this.changes) {
			this.changes.notifyAll();
		}
	}

	private void awaitUnbound() {
		synchronized (this.changes) {
			while (this.state != LinkState.STOPPED) {
				var current = this.session;
				if (current == null || current.getSessionState() != SessionState.BOUND_TRX) {
					break;
				}
				try {
					this.changes.wait(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		var current = this.session;
		if (current != null && this.state != LinkState.STOPPED) {
			log.warn("The bind to the SMSC dropped ({}); binding again", current.getSessionState());
			current.close();
		}
	}

}
