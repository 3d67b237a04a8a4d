package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims due messages for one sender: {@code FOR UPDATE SKIP LOCKED} lets any number of
 * senders share the outbox without two ever taking the same row, and the claim is
 * committed before anything is submitted, so a crash leaves it visibly in doubt.
 */
@Component
class OutboxClaims {

	private static final String CLAIM = """
			update messaging.sms s set state = 'SENDING', claimed_by = :sender, claimed_at = now()
			from (select id from messaging.sms where state = 'QUEUED' and due_at <= :now
			      order by due_at, id limit :batch for update skip locked) due
			where s.id = due.id
			returning s.id, s.key, s.organisation_id, s.recipient_id, s.text, s.essential, s.attempts,
			  s.expires_at, s.number_key""";

	private static final String SENT_PARTS = """
			select sms_id, part, smsc_id from messaging.sms_part
			where sms_id = any(:ids) and smsc_id is not null""";

	private final JdbcClient jdbc;

	OutboxClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims up to a batch of due messages.
	 * @param sender the claiming sender
	 * @param now the time
	 * @param batch how many at most
	 * @return the claimed messages, with the parts already sent
	 */
	List<Claimed> claim(UUID sender, Instant now, int batch) {
		var rows = this.jdbc.sql(CLAIM)
			.param("sender", sender)
			.param("now", Timestamp.from(now))
			.param("batch", batch)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("key"),
					rs.getObject("organisation_id", UUID.class), rs.getObject("recipient_id", UUID.class),
					rs.getString("text"), rs.getBoolean("essential"), rs.getInt("attempts"),
					rs.getTimestamp("expires_at").toInstant(), Map.of(), rs.getString("number_key")))
			.list();
		return rows.isEmpty() ? rows : withSentParts(rows);
	}

	private List<Claimed> withSentParts(List<Claimed> rows) {
		var sent = new HashMap<Long, Map<Integer, String>>();
		this.jdbc.sql(SENT_PARTS).param("ids", rows.stream().map(Claimed::id).toArray(Long[]::new)).query(rs -> {
			sent.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getInt(2), rs.getString(3));
		});
		if (sent.isEmpty()) {
			return rows;
		}
		return rows.stream()
			.map(c -> new Claimed(c.id(), c.key(), c.organisation(), c.recipient(), c.text(), c.essential(),
					c.attempts(), c.expiresAt(), sent.getOrDefault(c.id(), Map.of()), c.numberKey()))
			.toList();
	}

}
