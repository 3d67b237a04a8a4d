package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

import fi.osaamo.messaging.smpp.SmppInbound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every delivery receipt as it came, matched to its part by the SMSC's id, and
 * updates the message's state. A receipt that cannot be read, or whose id is not known
 * (yet), is kept all the same: administrators see the unreadable ones, and the others are
 * matched when their part's id is recorded or a claim in doubt is settled. Receipts that
 * come together are written in one transaction (a group commit); each is acknowledged to
 * the SMSC only after its transaction committed.
 */
@Component
class Receipts {

	private static final String INSERT = """
			insert into messaging.sms_receipt (smsc_id, sms_id, part, number_key, stat, err, text_start, raw,
			  well_formed, received_at)
			select r.smsc_id, p.sms_id, p.part, r.number_key, r.stat, r.err, r.text_start, r.raw, r.well_formed, :now
			from unnest(cast(:smscIds as varchar[]), cast(:numberKeys as varchar[]), cast(:stats as varchar[]),
			       cast(:errs as varchar[]), cast(:textStarts as varchar[]), cast(:raws as text[]),
			       cast(:wellFormed as boolean[])) with ordinality
			     as r(smsc_id, number_key, stat, err, text_start, raw, well_formed, n)
			left join messaging.sms_part p on p.smsc_id = r.smsc_id
			order by r.n
			returning sms_id""";

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final DeliveryStates states;

	private final Clock clock;

	private final SmsMetrics metrics;

	private final TransactionTemplate transactions;

	private final GroupCommit<SmppInbound.Receipt> commits = new GroupCommit<>(this::storeAll, 500);

	Receipts(JdbcClient jdbc, Recipients recipients, DeliveryStates states, Clock clock, SmsMetrics metrics,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.states = states;
		this.clock = clock;
		this.metrics = metrics;
		this.transactions = transactions;
	}

	/**
	 * Stores a receipt; returns when it is committed.
	 * @param receipt the receipt
	 */
	void store(SmppInbound.Receipt receipt) {
		this.commits.write(receipt);
	}

	private void storeAll(List<SmppInbound.Receipt> receipts) {
		this.transactions.executeWithoutResult(status -> {
			var now = this.clock.instant();
			var messages = new TreeSet<Long>();
			insert(receipts, Timestamp.from(now)).query((rs, row) -> rs.getObject(1, Long.class)).list().forEach(id -> {
				if (id != null) {
					messages.add(id);
				}
			});
			if (!messages.isEmpty()) {
				this.states.apply(messages.toArray(Long[]::new), now);
			}
		});
		receipts.forEach(receipt -> this.metrics.receipt(receipt.stat(), receipt.wellFormed()));
	}

	private JdbcClient.StatementSpec insert(List<SmppInbound.Receipt> receipts, Timestamp now) {
		return this.jdbc.sql(INSERT)
			.param("smscIds", receipts.stream().map(SmppInbound.Receipt::smscId).toArray(String[]::new))
			.param("numberKeys",
					receipts.stream()
						.map(r -> r.from() == null ? null : this.recipients.key(r.from()))
						.toArray(String[]::new))
			.param("stats", receipts.stream().map(r -> cut(r.stat(), 7)).toArray(String[]::new))
			.param("errs", receipts.stream().map(r -> cut(r.error(), 3)).toArray(String[]::new))
			.param("textStarts", receipts.stream().map(r -> cut(r.textStart(), 20)).toArray(String[]::new))
			.param("raws", receipts.stream().map(SmppInbound.Receipt::raw).toArray(String[]::new))
			.param("wellFormed", receipts.stream().map(SmppInbound.Receipt::wellFormed).toArray(Boolean[]::new))
			.param("now", now);
	}

	private static @Nullable String cut(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
