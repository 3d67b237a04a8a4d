package fi.osaamo.messaging.sms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This instance as a sender: its id on the claims it makes, and a heartbeat in the
 * database, on a thread of its own, so that other instances can tell its claims from
 * those of a sender that died. A sender whose heartbeat could not be written for half the
 * time after which others take its claims over fences itself: it submits nothing until a
 * beat succeeds again, so a claim is never sent by two.
 */
@Component
class SmsSenders {

	private final UUID id = UUID.randomUUID();

	private final JdbcClient jdbc;

	private final SmsProperties properties;

	private volatile long lastBeat;

	private @Nullable ScheduledExecutorService beating;

	SmsSenders(JdbcClient jdbc, SmsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Starts beating. */
	synchronized void join() {
		beat();
		var executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			var thread = new Thread(runnable, "sms-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.heartbeat().toMillis();
		executor.scheduleWithFixedDelay(this::beatQuietly, every, every, TimeUnit.MILLISECONDS);
		this.beating = executor;
	}

	/** Whether this sender's claims are surely still its own: its last beat is recent. */
	boolean alive() {
		return System.nanoTime() - this.lastBeat < this.properties.inDoubtAfter().toNanos() / 2;
	}

	private void beatQuietly() {
		try {
			beat();
		}
		catch (RuntimeException ex) {
			LoggerFactory.getLogger(SmsSenders.class)
				.warn("Could not write the sender's heartbeat: {}", ex.getMessage());
		}
	}

	UUID id() {
		return this.id;
	}

	void beat() {
		long started = System.nanoTime();
		this.jdbc.sql("""
				insert into messaging.sms_sender (id, host, heartbeat_at) values (:id, :host, now())
				on conflict (id) do update set heartbeat_at = excluded.heartbeat_at""")
			.param("id", this.id)
			.param("host", host())
			.update();
		this.lastBeat = started;
	}

	/**
	 * Says this sender stopped, so its claims (none, after a clean stop) are not waited
	 * for.
	 */
	synchronized void leave() {
		if (this.beating != null) {
			this.beating.shutdownNow();
		}
		this.jdbc.sql("delete from messaging.sms_sender where id = :id").param("id", this.id).update();
	}

	private static String host() {
		try {
			var name = InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
			return name.length() > 100 ? name.substring(0, 100) : name;
		}
		catch (UnknownHostException ex) {
			return "pid " + ProcessHandle.current().pid();
		}
	}

}
