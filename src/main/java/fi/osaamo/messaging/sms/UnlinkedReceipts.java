package fi.osaamo.messaging.sms;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links receipts that came while their part's SMSC id was still being recorded: the SMSC
 * may answer a submit and send its receipt before the sender's transaction that records
 * the id commits, and then neither sees the other. Such a receipt is linked and applied a
 * few seconds later.
 */
@Component
class UnlinkedReceipts {

	private static final String LINK = """
			update messaging.sms_receipt r set sms_id = p.sms_id, part = p.part
			from messaging.sms_part p
			where r.sms_id is null and r.smsc_id is not null and r.smsc_id = p.smsc_id
			returning p.sms_id""";

	private final JdbcClient jdbc;

	private final DeliveryStates states;

	private final Clock clock;

	UnlinkedReceipts(JdbcClient jdbc, DeliveryStates states, Clock clock) {
		this.jdbc = jdbc;
		this.states = states;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${app.messaging.sms.settle-every:5s}",
			initialDelayString = "${app.messaging.sms.settle-every:5s}")
	@Transactional
	void link() {
		var messages = this.jdbc.sql(LINK).query(Long.class).list().stream().distinct().toArray(Long[]::new);
		if (messages.length > 0) {
			this.states.apply(messages, this.clock.instant());
		}
	}

}
