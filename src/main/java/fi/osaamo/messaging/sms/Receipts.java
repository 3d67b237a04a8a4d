package fi.osaamo.messaging.sms;

import java.time.Clock;

import fi.osaamo.messaging.smpp.SmppInbound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every delivery receipt as it came, matched to its part by the SMSC's id, and
 * updates the message's state. A receipt that cannot be read, or whose id is not known
 * (yet), is kept all the same: administrators see the unreadable ones, and the others are
 * matched when their part's id is recorded or a claim in doubt is settled.
 */
@Component
class Receipts {

	private static final String INSERT = """
			insert into messaging.sms_receipt (smsc_id, sms_id, part, number_key, stat, err, text_start, raw,
			  well_formed, received_at)
			select :smscId, p.sms_id, p.part, :numberKey, :stat, :err, :textStart, :raw, :wellFormed, :now
			from (select 1) one left join messaging.sms_part p on p.smsc_id = :smscId
			returning sms_id""";

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final DeliveryStates states;

	private final Clock clock;

	private final SmsMetrics metrics;

	Receipts(JdbcClient jdbc, Recipients recipients, DeliveryStates states, Clock clock, SmsMetrics metrics) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.states = states;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Transactional
	void store(SmppInbound.Receipt receipt) {
		var now = this.clock.instant();
		var smsId = this.jdbc.sql(INSERT)
			.param("smscId", receipt.smscId())
			.param("numberKey", receipt.from() == null ? null : this.recipients.key(receipt.from()))
			.param("stat", cut(receipt.stat(), 7))
			.param("err", cut(receipt.error(), 3))
			.param("textStart", cut(receipt.textStart(), 20))
			.param("raw", receipt.raw())
			.param("wellFormed", receipt.wellFormed())
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, row) -> rs.getObject(1, Long.class))
			.optional();
		smsId.ifPresent(id -> this.states.apply(new Long[] { id }, now));
		this.metrics.receipt(receipt.stat(), receipt.wellFormed());
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
