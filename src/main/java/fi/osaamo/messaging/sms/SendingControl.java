package fi.osaamo.messaging.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pausing and resuming sending, for every instance at once: the switch is a row every
 * sender reads at most a second old.
 */
@Component
public class SendingControl {

	private static final Duration FRESH = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private volatile boolean paused;

	private volatile @Nullable Instant readAt;

	SendingControl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether an administrator paused sending. */
	public boolean paused() {
		var read = this.readAt;
		if (read == null || read.plus(FRESH).isBefore(Instant.now())) {
			this.paused = this.jdbc.sql("select paused from messaging.sms_control where id = 1")
				.query(Boolean.class)
				.single();
			this.readAt = Instant.now();
		}
		return this.paused;
	}

	/**
	 * Whether sending is paused, and who switched it last and when, for the operator
	 * view.
	 * @return the switch as it is in the database now
	 */
	public Switch current() {
		return this.jdbc.sql("select paused, changed_by, changed_at from messaging.sms_control where id = 1")
			.query((rs, row) -> new Switch(rs.getBoolean("paused"),
					rs.getObject("changed_by", UUID.class) == null ? null
							: new PersonId(rs.getObject("changed_by", UUID.class)),
					rs.getTimestamp("changed_at") == null ? null : rs.getTimestamp("changed_at").toInstant()))
			.single();
	}

	/**
	 * The switch.
	 *
	 * @param paused whether sending is paused
	 * @param changedBy the administrator who switched it last, if anyone has
	 * @param changedAt when
	 */
	public record Switch(boolean paused, @Nullable PersonId changedBy, @Nullable Instant changedAt) {
	}

	/**
	 * Pauses or resumes sending.
	 * @param pause whether to pause
	 * @param by the administrator
	 */
	public void set(boolean pause, PersonId by) {
		this.jdbc
			.sql("update messaging.sms_control set paused = :paused, changed_by = :by, changed_at = now() where id = 1")
			.param("paused", pause)
			.param("by", by.value())
			.update();
		this.paused = pause;
		this.readAt = Instant.now();
	}

}
