package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings messages' states up to date with their receipts: a part takes its latest
 * receipt's state, and a message is delivered when every part is, failed when a part
 * could not be delivered, expired when a part expired.
 */
@Component
class DeliveryStates {

	private static final String LINK = """
			update messaging.sms_receipt r set sms_id = p.sms_id, part = p.part
			from messaging.sms_part p
			where r.sms_id is null and r.smsc_id = p.smsc_id and p.sms_id = any(:ids)""";

	private static final String PARTS = """
			update messaging.sms_part p set state = latest.stat
			from (select distinct on (r.sms_id, r.part) r.sms_id, r.part, r.stat
			      from unnest(cast(:ids as bigint[])) i(id) join messaging.sms_receipt r on r.sms_id = i.id
			      where r.stat is not null
			      order by r.sms_id, r.part, r.received_at desc, r.id desc) latest
			where p.sms_id = latest.sms_id and p.part = latest.part and p.state is distinct from latest.stat""";

	private static final String MESSAGES = """
			update messaging.sms s set state = v.state, error = v.error, finished_at = :now
			from (select p.sms_id,
			        case when bool_or(p.state in ('UNDELIV', 'REJECTD', 'DELETED', 'UNKNOWN')) then 'FAILED'
			             when bool_or(p.state = 'EXPIRED') then 'EXPIRED'
			             when count(*) filter (where p.state = 'DELIVRD') = max(m.parts) then 'DELIVERED' end as state,
			        max(case when p.state not in ('DELIVRD', 'ACCEPTD', 'ENROUTE') then 'RECEIPT_' || p.state end) as error
			      from unnest(cast(:ids as bigint[])) i(id) join messaging.sms_part p on p.sms_id = i.id
			        join messaging.sms m on m.id = p.sms_id
			      group by p.sms_id) v
			where s.id = v.sms_id and v.state is not null and s.state = 'SUBMITTED'
			  and (select count(*) from messaging.sms_part q where q.sms_id = s.id and q.smsc_id is not null) = s.parts
			returning s.state, s.error""";

	private static final String LOCK = "select id from messaging.sms where id = any(:ids) order by id for update";

	private final JdbcClient jdbc;

	private final SmsMetrics metrics;

	DeliveryStates(JdbcClient jdbc, SmsMetrics metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
	}

	/**
	 * Matches receipts that came before their parts' ids were recorded, and applies them.
	 */
	@Transactional
	void matchEarlyReceipts(Collection<Long> messages, Instant now) {
		var ids = messages.toArray(Long[]::new);
		if (this.jdbc.sql(LINK).param("ids", ids).update() > 0) {
			apply(ids, now);
		}
	}

	/**
	 * Applies the receipts of messages, in the caller's transaction. The receipts of a
	 * long message's parts come in at once on several threads: each takes the message's
	 * row first, so the next one sees the parts the others updated, and the last one
	 * finds them all.
	 */
	void apply(Long[] ids, Instant now) {
		this.jdbc.sql(LOCK).param("ids", ids).query(Long.class).list();
		this.jdbc.sql(PARTS).param("ids", ids).update();
		this.jdbc.sql(MESSAGES).param("ids", ids).param("now", Timestamp.from(now)).query(rs -> {
			if (!"DELIVERED".equals(rs.getString("state"))) {
				this.metrics.failed(rs.getString("error"));
			}
		});
	}

}
