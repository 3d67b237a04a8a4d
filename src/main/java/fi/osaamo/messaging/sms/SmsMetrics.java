package fi.osaamo.messaging.sms;

import java.util.Locale;

import fi.osaamo.messaging.SmsReceived;
import fi.osaamo.messaging.smpp.SmppLink;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The text-message channel for Prometheus. Gauges read the outbox (every instance sees
 * the same database, so take their maximum, not their sum) from a snapshot a few seconds
 * old; counters count what this instance did, once its transaction is committed.
 */
@Component
class SmsMetrics {

	private final MeterRegistry registry;

	SmsMetrics(MeterRegistry registry, OutboxFigures figures, SmppLink link, SendingControl control) {
		this.registry = registry;
		queued("due", figures, f -> f.recent().dueNow());
		queued("quiet_hours", figures, f -> f.recent().quietHours());
		queued("retry", figures, f -> f.recent().retrying());
		Gauge.builder("sms.queue.oldest.age", figures, f -> f.recent().oldestWait().toMillis() / 1000.0)
			.baseUnit("seconds")
			.description("How long the queued message that became due first has waited")
			.register(registry);
		Gauge.builder("sms.in.doubt", figures, f -> f.recent().inDoubt())
			.baseUnit("messages")
			.description("Messages claimed by a sender that is gone or got no answer, to be settled from receipts")
			.register(registry);
		Gauge.builder("sms.bind.up", link, l -> l.bound() ? 1 : 0)
			.description("Whether the bind to the SMSC is up (1) or not (0)")
			.register(registry);
		Gauge.builder("sms.sending.paused", control, c -> c.paused() ? 1 : 0)
			.description("Whether an administrator paused sending (1) or not (0)")
			.register(registry);
		counter("sms.parts.submitted", "Parts the SMSC accepted");
		for (var channel : SmsReceived.Channel.values()) {
			counter("sms.replies", "Replies received", "channel", channel.name());
		}
	}

	private void queued(String wait, OutboxFigures figures, java.util.function.ToDoubleFunction<OutboxFigures> value) {
		Gauge.builder("sms.queue", figures, value)
			.baseUnit("messages")
			.tag("wait", wait)
			.description("Queued messages: due now, held for quiet hours, or waiting to be tried again")
			.register(this.registry);
	}

	/** Parts the SMSC took. */
	void submitted(int parts) {
		if (parts > 0) {
			afterCommit(() -> counter("sms.parts.submitted", "Parts the SMSC accepted").increment(parts));
		}
	}

	/** A message that failed or expired, with its error code. */
	void failed(@Nullable String error) {
		afterCommit(() -> counter("sms.messages.failed", "Messages that failed or expired", "error",
				error == null ? "NONE" : error)
			.increment());
	}

	/** A delivery receipt, by its final state; an unreadable one as UNREADABLE. */
	void receipt(@Nullable String stat, boolean wellFormed) {
		var tag = !wellFormed || stat == null ? "UNREADABLE" : stat.toUpperCase(Locale.ROOT);
		afterCommit(() -> counter("sms.receipts", "Delivery receipts received", "stat", tag).increment());
	}

	/** A reply, by SMS or through a personal link. */
	void reply(SmsReceived.Channel channel) {
		afterCommit(() -> counter("sms.replies", "Replies received", "channel", channel.name()).increment());
	}

	private Counter counter(String name, String description, String... tags) {
		return Counter.builder(name).description(description).tags(tags).register(this.registry);
	}

	private static void afterCommit(Runnable count) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				count.run();
			}
		});
	}

}
