package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.messaging.SmsText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the parts of a message in doubt among the receipts nobody claimed: same number,
 * and the receipt quotes the start of the part. Records what it finds and closes or
 * requeues the message.
 */
@Component
class ReceiptMatching {

	private static final String UNMATCHED = """
			select id, smsc_id, text_start from messaging.sms_receipt
			where sms_id is null and number_key = :key and smsc_id is not null
			order by received_at, id""";

	private static final String SENT = "select part from messaging.sms_part where sms_id = :id and smsc_id is not null";

	private final JdbcClient jdbc;

	private final DeliveryStates states;

	private final SmsMetrics metrics;

	ReceiptMatching(JdbcClient jdbc, DeliveryStates states, SmsMetrics metrics) {
		this.jdbc = jdbc;
		this.states = states;
		this.metrics = metrics;
	}

	/**
	 * Matches the missing parts of a message to unclaimed receipts.
	 * @return whether every part is now known, and the message counts as submitted
	 */
	@Transactional
	boolean matchAll(InDoubtSettlement.InDoubt row, String key, Instant now) {
		var parts = SmsText.of(row.text()).parts();
		var sent = this.jdbc.sql(SENT).param("id", row.id()).query(Integer.class).list();
		var found = find(parts, sent, key);
		found.forEach((part, smscId) -> record(row.id(), part, smscId, now));
		if (sent.size() + found.size() < parts.size()) {
			return false;
		}
		this.jdbc.sql("""
				update messaging.sms set state = 'SUBMITTED', submitted_at = coalesce(submitted_at, :now),
				  number_key = :key, claimed_by = null where id = :id and state = 'SENDING'""")
			.param("now", Timestamp.from(now))
			.param("key", key)
			.param("id", row.id())
			.update();
		this.states.matchEarlyReceipts(List.of(row.id()), now);
		return true;
	}

	/** The SMSC ids found for parts not yet known, by part number. */
	private Map<Integer, String> find(List<String> parts, List<Integer> sent, String key) {
		var receipts = this.jdbc.sql(UNMATCHED)
			.param("key", key)
			.query((rs, n) -> new String[] { rs.getString("smsc_id"), rs.getString("text_start") })
			.list();
		var found = new HashMap<Integer, String>();
		var used = new ArrayList<String[]>();
		for (int part = 1; part <= parts.size(); part++) {
			var receipt = sent.contains(part) ? null
					: find(parts.get(part - 1), receipts, used, parts.size() - sent.size() == 1);
			if (receipt != null) {
				found.put(part, receipt[0]);
				used.add(receipt);
			}
		}
		return found;
	}

	/** Queues a message again, for the parts the SMSC did not take. */
	boolean requeue(long id, @Nullable String key, Instant now) {
		return this.jdbc.sql("""
				update messaging.sms set state = 'QUEUED', due_at = :now, claimed_by = null,
				  number_key = coalesce(cast(:key as char(64)), number_key), error = 'RESENT_AFTER_DOUBT'
				where id = :id and state = 'SENDING'""")
			.param("now", Timestamp.from(now))
			.param("key", key)
			.param("id", id)
			.update() > 0;
	}

	/** Closes a message that cannot be settled. */
	boolean close(long id, String state, String error, Instant now) {
		var closed = this.jdbc.sql("""
				update messaging.sms set state = :state, error = :error, finished_at = :now, claimed_by = null
				where id = :id and state = 'SENDING'""")
			.param("state", state)
			.param("error", error)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() > 0;
		if (closed) {
			this.metrics.failed(error);
		}
		return closed;
	}

	private void record(long id, int part, String smscId, Instant now) {
		this.jdbc.sql("""
				insert into messaging.sms_part (sms_id, part, smsc_id, submitted_at) values (:id, :part, :smscId, :now)
				on conflict (sms_id, part) do update set smsc_id = excluded.smsc_id""")
			.param("id", id)
			.param("part", part)
			.param("smscId", smscId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static String @Nullable [] find(String part, List<String[]> receipts, List<String[]> used,
			boolean onlyOne) {
		var text = letters(part);
		for (var receipt : receipts) {
			if (used.contains(receipt)) {
				continue;
			}
			var start = receipt[1] == null ? "" : letters(receipt[1]);
			if (!start.isEmpty() ? text.startsWith(start) : onlyOne && receipts.size() == 1) {
				return receipt;
			}
		}
		return null;
	}

	private static String letters(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
	}

}
