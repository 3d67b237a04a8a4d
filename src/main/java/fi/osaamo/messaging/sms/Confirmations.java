package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.SmsSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import fi.osaamo.messaging.SmsText;
import fi.osaamo.messaging.smpp.SmppLink;
import fi.osaamo.messaging.smpp.SubmitOutcome;
import fi.osaamo.messaging.smpp.SubmitRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Confirms a STOP or START to the number that sent it, in the language of the word (or of
 * the last message to that number), at once and even in quiet hours: the person is
 * waiting for it. The number is in hand only while the reply is handled, so the
 * confirmation is submitted then, after the opt-out is committed, and logged in the
 * outbox without the number.
 */
@Component
class Confirmations implements DisposableBean {

	private static final UUID PLATFORM = new UUID(0, 0);

	private static final String LOG = """
			insert into messaging.sms (key, organisation_id, recipient_id, number_key, conversation, language, text,
			  encoding, parts, essential, state, due_at, expires_at, created_at, claimed_at)
			values (:key, :organisation, :recipient, :numberKey, 'sms:keyword', :language, :text, :encoding, 1, true,
			  'SENDING', :now, :now, :now, :now)
			on conflict (key) do nothing""";

	private final SmppLink link;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final SmsSettingsRepository settings;

	private final SmsProperties properties;

	private final Clock clock;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "sms-confirmations");
		thread.setDaemon(true);
		return thread;
	});

	Confirmations(SmppLink link, MessageSource messages, JdbcClient jdbc, SmsSettingsRepository settings,
			SmsProperties properties, Clock clock) {
		this.link = link;
		this.messages = messages;
		this.jdbc = jdbc;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
	}

	void send(String e164, Keyword keyword, Conversations.@Nullable Latest latest, String language, long reply) {
		var text = this.messages.getMessage(
				keyword == Keyword.STOP ? "sms.optOut.confirmation" : "sms.optIn.confirmation", null,
				Locale.forLanguageTag(language));
		var organisation = latest == null ? PLATFORM : latest.organisation();
		var key = "sms-keyword:" + reply;
		this.jdbc.sql(LOG)
			.param("key", key)
			.param("organisation", organisation)
			.param("recipient", latest == null ? null : latest.recipient())
			.param("numberKey", null)
			.param("language", language)
			.param("text", text)
			.param("encoding", SmsText.of(text).encoding().name())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		var source = source(organisation);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Confirmations.this.sender.execute(() -> submit(key, source, e164, text));
			}
		});
	}

	private void submit(String key, String source, String e164, String text) {
		var coded = SmsText.of(text);
		var outcome = this.link.submit(new SubmitRequest(source, e164, coded.encoding(), false, coded.payload(0, 0)));
		var accepted = outcome instanceof SubmitOutcome.Accepted ok ? ok.smscId() : null;
		this.jdbc.sql("""
				update messaging.sms set state = :state, error = :error, submitted_at = :now,
				  finished_at = case when :state = 'FAILED' then cast(:now as timestamptz) end
				where key = :key""")
			.param("state", accepted != null ? "SUBMITTED" : "FAILED")
			.param("error", accepted != null ? null : outcome.getClass().getSimpleName().toUpperCase(Locale.ROOT))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("key", key)
			.update();
		if (accepted != null) {
			this.jdbc.sql("""
					insert into messaging.sms_part (sms_id, part, smsc_id, submitted_at)
					select id, 1, :smscId, now() from messaging.sms where key = :key""")
				.param("smscId", accepted)
				.param("key", key)
				.update();
		}
	}

	private String source(UUID organisation) {
		var sender = this.settings.of(organisation).senderId();
		return sender == null || sender.isBlank() ? this.properties.defaultSender() : sender;
	}

	@Override
	public void destroy() {
		this.sender.shutdown();
	}

}
