package fi.osaamo.messaging.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sending loop of this instance: while the bind is up and sending is not paused, it
 * claims due messages, sends them and records what became of them; after a throttle it
 * pauses, doubling the pause while the SMSC keeps saying so.
 */
@Component
public class SmsDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

	private final OutboxClaims claims;

	private final SendingRound round;

	private final OutboxResults results;

	private final SendingGate gate;

	private final SmsSenders senders;

	private final SmsProperties properties;

	private final Clock clock;

	private final Object signal = new Object();

	private volatile boolean running;

	private volatile boolean woken;

	private Duration throttle = Duration.ZERO;

	private Instant throttledUntil = Instant.EPOCH;

	private @Nullable Thread worker;

	SmsDispatcher(OutboxClaims claims, SendingRound round, OutboxResults results, SendingGate gate, SmsSenders senders,
			SmsProperties properties, Clock clock) {
		this.claims = claims;
		this.round = round;
		this.results = results;
		this.gate = gate;
		this.senders = senders;
		this.properties = properties;
		this.clock = clock;
	}

	/** Wakes the loop when a message became due, after the transaction that queued it. */
	public void wake() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signal();
				}
			});
		}
		else {
			signal();
		}
	}

	private void signal() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	@Override
	public void start() {
		this.running = true;
		if (!this.properties.enabled()) {
			return;
		}
		this.senders.join();
		var thread = new Thread(this::loop, "sms-dispatcher");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		signal();
		var thread = this.worker;
		if (thread != null) {
			try {
				thread.join(Duration.ofSeconds(15).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.senders.leave();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void loop() {
		while (this.running) {
			try {
				if (!sendOnce()) {
					await(this.properties.poll());
				}
			}
			catch (RuntimeException ex) {
				log.error("Sending text messages failed; trying again in a few seconds", ex);
				await(Duration.ofSeconds(5));
			}
		}
	}

	/** Sends a batch, if anything can be sent now; returns whether it did. */
	boolean sendOnce() {
		if (!this.gate.open()) {
			return false;
		}
		Instant now = this.clock.instant();
		if (now.isBefore(this.throttledUntil)) {
			return false;
		}
		var batch = this.claims.claim(this.senders.id(), now, this.properties.batch());
		if (batch.isEmpty()) {
			return false;
		}
		var sent = this.round.send(batch, now);
		this.results.record(this.senders.id(), this.clock.instant(), sent.outcomes());
		if (sent.throttled()) {
			this.throttle = this.throttle.isZero() ? this.properties.throttlePause()
					: min(this.throttle.multipliedBy(2), Duration.ofSeconds(30));
			this.throttledUntil = now.plus(this.throttle);
			log.info("The SMSC throttled sending; pausing {} ms", this.throttle.toMillis());
			return false;
		}
		this.throttle = Duration.ZERO;
		return true;
	}

	private void await(Duration wait) {
		synchronized (this.signal) {
			if (!this.woken && this.running) {
				try {
					this.signal.wait(Math.max(1, wait.toMillis()));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
			this.woken = false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
