package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.SmsSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import fi.osaamo.messaging.SmsText;
import fi.osaamo.messaging.smpp.SmppLink;
import fi.osaamo.messaging.smpp.SmppProperties;
import fi.osaamo.messaging.smpp.SubmitOutcome;
import fi.osaamo.messaging.smpp.SubmitRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed batch: holds back what quiet hours or expiry forbid, looks up the
 * numbers, submits every part not yet taken by the SMSC in parallel (the link bounds the
 * window and the rate), and says what became of each message.
 */
@Component
class SendingRound implements DisposableBean {

	private final Recipients recipients;

	private final SmsSettingsRepository settings;

	private final SmppLink link;

	private final SmsProperties properties;

	private final SmsSenders senders;

	private final ExecutorService submitters;

	SendingRound(Recipients recipients, SmsSettingsRepository settings, SmppLink link, SmsSenders senders,
			SmsProperties properties, SmppProperties smpp) {
		this.recipients = recipients;
		this.senders = senders;
		this.settings = settings;
		this.link = link;
		this.properties = properties;
		this.submitters = Executors.newFixedThreadPool(Math.max(1, smpp.window()), runnable -> {
			var thread = new Thread(runnable, "sms-submit");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * What a round did.
	 *
	 * @param outcomes each message's outcome
	 * @param throttled whether the SMSC said to slow down
	 */
	record Round(List<Outcome> outcomes, boolean throttled) {
	}

	Round send(List<Claimed> batch, Instant now) {
		var outcomes = new ArrayList<Outcome>();
		var ready = holdBack(batch, now, outcomes);
		var numbers = this.recipients.resolve(ready.stream().map(Claimed::recipient).distinct().toList());
		var pending = new LinkedHashMap<Claimed, Map<Integer, CompletableFuture<SubmitOutcome>>>();
		for (var message : ready) {
			var number = numbers.get(message.recipient());
			if (number.problem() != null) {
				outcomes.add(Outcome.failed(message, number.problem(), null));
			}
			else if (number.optedOut() && !message.essential()) {
				outcomes.add(Outcome.failed(message, "OPTED_OUT", number.key()));
			}
			else {
				pending.put(message, submit(message, java.util.Objects.requireNonNull(number.e164())));
			}
		}
		boolean throttled = false;
		for (var entry : pending.entrySet()) {
			var outcome = outcome(entry.getKey(), numbers.get(entry.getKey().recipient()).key(), entry.getValue(), now);
			throttled |= "THROTTLED".equals(outcome.error());
			outcomes.add(outcome);
		}
		return new Round(outcomes, throttled);
	}

	/** Holds back what expired or falls in quiet hours; returns the rest. */
	private List<Claimed> holdBack(List<Claimed> batch, Instant now, List<Outcome> outcomes) {
		var ready = new ArrayList<Claimed>();
		for (var message : batch) {
			var allowed = QuietHours.of(this.settings.of(message.organisation()), this.properties.zone())
				.next(now, message.key());
			if (message.expiresAt().isBefore(now)) {
				outcomes.add(new Outcome(message.id(), "EXPIRED", "NOT_SENT_IN_TIME", null, false, null, Map.of()));
			}
			else if (allowed.isAfter(now)) {
				outcomes.add(Outcome.later(message, allowed, "QUIET_HOURS"));
			}
			else {
				ready.add(message);
			}
		}
		return ready;
	}

	private Map<Integer, CompletableFuture<SubmitOutcome>> submit(Claimed message, String e164) {
		var coded = SmsText.of(message.text());
		var source = source(message);
		var futures = new LinkedHashMap<Integer, CompletableFuture<SubmitOutcome>>();
		for (int part = 1; part <= coded.partCount(); part++) {
			if (message.sentParts().containsKey(part)) {
				continue;
			}
			var request = new SubmitRequest(source, e164, coded.encoding(), coded.partCount() > 1,
					coded.payload(part - 1, (int) (message.id() & 0xFF)));
			futures.put(part, CompletableFuture.supplyAsync(fencedOr(request), this.submitters));
		}
		return futures;
	}

	private java.util.function.Supplier<SubmitOutcome> fencedOr(SubmitRequest request) {
		return () -> this.senders.alive() ? this.link.submit(request) : new SubmitOutcome.Temporary("FENCED");
	}

	private String source(Claimed message) {
		var sender = this.settings.of(message.organisation()).senderId();
		return sender == null || sender.isBlank() ? this.properties.defaultSender() : sender;
	}

	private Outcome outcome(Claimed message, String numberKey, Map<Integer, CompletableFuture<SubmitOutcome>> parts,
			Instant now) {
		var accepted = new LinkedHashMap<Integer, String>();
		SubmitOutcome worst = null;
		for (var part : parts.entrySet()) {
			var result = part.getValue().join();
			if (result instanceof SubmitOutcome.Accepted ok) {
				accepted.put(part.getKey(), ok.smscId());
			}
			else if (rank(result) > rank(worst)) {
				worst = result;
			}
		}
		return outcome(message, numberKey, worst, accepted, now);
	}

	private Outcome outcome(Claimed message, String numberKey, @Nullable SubmitOutcome worst,
			Map<Integer, String> accepted, Instant now) {
		if (worst == null) {
			return new Outcome(message.id(), "SUBMITTED", null, null, false, numberKey, accepted);
		}
		if (worst instanceof SubmitOutcome.Permanent failed) {
			return new Outcome(message.id(), "FAILED", failed.error(), null, false, numberKey, accepted);
		}
		if (worst instanceof SubmitOutcome.InDoubt doubt) {
			return new Outcome(message.id(), "IN_DOUBT", doubt.error(), null, false, numberKey, accepted);
		}
		if (worst instanceof SubmitOutcome.Throttled) {
			return new Outcome(message.id(), "QUEUED", "THROTTLED", now.plus(this.properties.throttlePause()), false,
					numberKey, accepted);
		}
		return retry(message, ((SubmitOutcome.Temporary) worst).error(), numberKey, accepted, now);
	}

	private Outcome retry(Claimed message, String error, String numberKey, Map<Integer, String> accepted, Instant now) {
		if ("NOT_BOUND".equals(error) || "FENCED".equals(error)) {
			return new Outcome(message.id(), "QUEUED", error, now.plusSeconds(1), false, numberKey, accepted);
		}
		int attempt = message.attempts() + 1;
		if (attempt >= this.properties.maxAttempts()) {
			return new Outcome(message.id(), "FAILED", error, null, true, numberKey, accepted);
		}
		var wait = this.properties.retryFirst().multipliedBy(1L << Math.min(attempt - 1, 16));
		var capped = wait.compareTo(this.properties.retryMax()) > 0 ? this.properties.retryMax() : wait;
		return new Outcome(message.id(), "QUEUED", error, now.plus(capped), true, numberKey, accepted);
	}

	private static int rank(@Nullable SubmitOutcome outcome) {
		if (outcome instanceof SubmitOutcome.Permanent) {
			return 4;
		}
		if (outcome instanceof SubmitOutcome.InDoubt) {
			return 3;
		}
		if (outcome instanceof SubmitOutcome.Throttled) {
			return 2;
		}
		return outcome instanceof SubmitOutcome.Temporary ? 1 : 0;
	}

	@Override
	public void destroy() {
		this.submitters.shutdownNow();
	}

}
