package fi.osaamo.messaging.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import fi.osaamo.messaging.smpp.SmppLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles messages in doubt: claimed by a sender that died, or submitted without an
 * answer. The SMSC keeps the receipts of parts it took for the account's next bind, so a
 * part is found by a receipt from its number quoting its first characters; a message
 * whose parts all have receipts counts as submitted, and one still missing parts after
 * the receipt wait (counted from when the doubt was noticed and from this instance's
 * bind, so that what the SMSC kept has come) is queued again for those parts only.
 */
@Component
class InDoubtSettlement {

	private static final String IN_DOUBT = """
			select id, recipient_id, text, number_key, claimed_by, claimed_at from messaging.sms s
			where state = 'SENDING' and (claimed_by is null or claimed_at < now() - cast(:stuck as interval)
			  or not exists (select 1 from messaging.sms_sender w where w.id = s.claimed_by and w.heartbeat_at >= now() - cast(:alive as interval)))
			order by claimed_at limit 500""";

	private static final String DOUBTED = """
			update messaging.sms set claimed_by = null, claimed_at = now()
			where id = :id and state = 'SENDING' and claimed_by = :claimer""";

	/** A claim a live sender holds this long is a bug or a hang: it is settled too. */
	private static final java.time.Duration STUCK = java.time.Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final ReceiptMatching matching;

	private final SmppLink link;

	private final SmsProperties properties;

	private final Clock clock;

	InDoubtSettlement(JdbcClient jdbc, Recipients recipients, ReceiptMatching matching, SmppLink link,
			SmsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.matching = matching;
		this.link = link;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A message in doubt.
	 *
	 * @param id the row
	 * @param recipient the person, if any
	 * @param text the text
	 * @param numberKey the number's key, if it was recorded
	 * @param claimedBy the sender that died or hangs; none once the doubt was noticed
	 * @param claimedAt when it was claimed, or when the doubt was noticed
	 */
	record InDoubt(long id, @Nullable UUID recipient, String text, @Nullable String numberKey, @Nullable UUID claimedBy,
			Instant claimedAt) {
	}

	@Scheduled(fixedDelayString = "${app.messaging.sms.settle-every:5s}",
			initialDelayString = "${app.messaging.sms.settle-every:5s}")
	void settle() {
		settle(this.clock.instant());
	}

	/**
	 * Settles what can be settled now.
	 * @return how many messages were settled
	 */
	int settle(Instant now) {
		var rows = this.jdbc.sql(IN_DOUBT)
			.param("stuck", STUCK.toSeconds() + " seconds")
			.param("alive", this.properties.inDoubtAfter().toMillis() + " milliseconds")
			.query((rs, row) -> new InDoubt(rs.getLong("id"), rs.getObject("recipient_id", UUID.class),
					rs.getString("text"), rs.getString("number_key"), rs.getObject("claimed_by", UUID.class),
					rs.getTimestamp("claimed_at").toInstant()))
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		var keys = this.recipients
			.resolve(rows.stream().map(InDoubt::recipient).filter(r -> r != null).distinct().toList());
		int settled = 0;
		for (var row : rows) {
			var key = row.numberKey() != null ? row.numberKey()
					: row.recipient() == null ? null : keys.get(row.recipient()).key();
			settled += settle(row, key, now) ? 1 : 0;
		}
		return settled;
	}

	private boolean settle(InDoubt row, @Nullable String key, Instant now) {
		if (row.recipient() == null) {
			return this.matching.close(row.id(), "FAILED", "NOT_CONFIRMED", now);
		}
		if (key != null && this.matching.matchAll(row, key, now)) {
			return true;
		}
		if (row.claimedBy() != null) {
			// The receipt wait starts now that the sender is seen dead, not at its claim:
			// what the SMSC kept for it may only now be on its way to another bind.
			this.jdbc.sql(DOUBTED).param("id", row.id()).param("claimer", row.claimedBy()).update();
			return false;
		}
		if (mayResend(row)) {
			return this.matching.requeue(row.id(), key, now);
		}
		return false;
	}

	/**
	 * Whether the receipt wait has passed both since the claim and since this instance
	 * bound: what the SMSC kept for the account comes right after a bind, but may take a
	 * while to drain.
	 */
	private boolean mayResend(InDoubt row) {
		var bound = this.link.boundSince();
		var since = bound == null || bound.isBefore(row.claimedAt()) ? row.claimedAt() : bound;
		return bound != null && since.plus(this.properties.receiptWait()).isBefore(Instant.now());
	}

}
