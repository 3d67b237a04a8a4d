package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox in figures, for the operator view and the gauges: what waits and why, how
 * long the oldest due message has waited, and what is in doubt. One query on the partial
 * indexes of queued and sending rows; the gauges take a snapshot at most a few seconds
 * old, however often they are scraped.
 */
@Component
public class OutboxFigures {

	private static final Duration FRESH = Duration.ofSeconds(5);

	// A message held at queueing time for quiet hours has no error yet; one that reached
	// quiet hours on its way out says so. Any other error on a future row is a retry.
	private static final String FIGURES = """
			select count(*) filter (where due_at <= :now) as due,
			  count(*) filter (where due_at > :now and (error is null or error = 'QUIET_HOURS')) as quiet,
			  count(*) filter (where due_at > :now and error is not null and error <> 'QUIET_HOURS') as retrying,
			  min(due_at) filter (where due_at <= :now) as oldest,
			  (select count(*) from messaging.sms s where s.state = 'SENDING' and (s.claimed_by is null
			    or not exists (select 1 from messaging.sms_sender w
			                   where w.id = s.claimed_by and w.heartbeat_at >= :alive))) as in_doubt
			from messaging.sms where state = 'QUEUED'""";

	private final JdbcClient jdbc;

	private final SmsProperties properties;

	private final Clock clock;

	private volatile @Nullable Snapshot recent;

	OutboxFigures(JdbcClient jdbc, SmsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The outbox at one moment.
	 *
	 * @param dueNow queued messages that are due: waiting for the sender
	 * @param quietHours queued messages held until quiet hours end
	 * @param retrying queued messages waiting to be tried again after a temporary failure
	 * or a throttle
	 * @param oldestDue when the message that has waited longest became due, if any is due
	 * @param inDoubt messages claimed by a sender that is gone or that got no answer from
	 * the SMSC, to be settled from the receipts
	 * @param at when the figures were read
	 */
	public record Snapshot(long dueNow, long quietHours, long retrying, @Nullable Instant oldestDue, long inDoubt,
			Instant at) {

		/** All queued messages. */
		public long queued() {
			return this.dueNow + this.quietHours + this.retrying;
		}

		/** How long the oldest due message has waited, zero when none is due. */
		public Duration oldestWait() {
			var oldest = this.oldestDue;
			return oldest == null || oldest.isAfter(this.at) ? Duration.ZERO : Duration.between(oldest, this.at);
		}

	}

	/** The figures now. */
	public Snapshot now() {
		var now = this.clock.instant();
		var snapshot = this.jdbc.sql(FIGURES)
			.param("now", Timestamp.from(now))
			.param("alive", Timestamp.from(now.minus(this.properties.inDoubtAfter())))
			.query((rs, row) -> new Snapshot(rs.getLong("due"), rs.getLong("quiet"), rs.getLong("retrying"),
					rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant(),
					rs.getLong("in_doubt"), now))
			.single();
		this.recent = snapshot;
		return snapshot;
	}

	/** The figures read at most a few seconds ago. */
	public Snapshot recent() {
		var last = this.recent;
		if (fresh(last)) {
			return last;
		}
		synchronized (this) {
			last = this.recent;
			return fresh(last) ? last : now();
		}
	}

	private boolean fresh(@Nullable Snapshot snapshot) {
		return snapshot != null && Duration.between(snapshot.at(), this.clock.instant()).abs().compareTo(FRESH) <= 0;
	}

}
