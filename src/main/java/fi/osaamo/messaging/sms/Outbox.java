package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.SmsSettings;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.util.Base64;

import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.messaging.SmsText;
import fi.osaamo.platform.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts requested messages in the outbox table (the transactional outbox), once per key,
 * due at once or after the organisation's quiet hours, with a personal link when asked
 * for. A message whose text with the link would need more than ten parts is kept as
 * failed, not cut.
 */
@Component
class Outbox {

	private static final String INSERT = """
			insert into messaging.sms (key, organisation_id, recipient_id, conversation, language, text, encoding,
			  parts, essential, state, error, due_at, expires_at, created_at, link_token, link_expires_at)
			values (:key, :organisation, :recipient, :conversation, :language, :text, :encoding, :parts, :essential,
			  :state, :error, :due, :expires, :now, :token, :linkExpires)
			on conflict (key) do nothing""";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SmsSettingsRepository settings;

	private final SmsProperties properties;

	private final SiteAddress site;

	private final Clock clock;

	private final SmsDispatcher dispatcher;

	Outbox(JdbcClient jdbc, SmsSettingsRepository settings, SmsProperties properties, SiteAddress site, Clock clock,
			SmsDispatcher dispatcher) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.properties = properties;
		this.site = site;
		this.clock = clock;
		this.dispatcher = dispatcher;
	}

	/**
	 * Writes the message in the requester's own transaction: the outbox row commits or
	 * rolls back with the requester's work, and no event publication is kept for it.
	 * @param request the message asked for
	 */
	@EventListener
	void on(SmsRequested request) {
		var now = this.clock.instant();
		var token = request.withLink() ? token() : null;
		var text = token == null ? request.text() : request.text().strip() + " " + this.site.base() + "/m/" + token;
		var due = QuietHours.of(this.settings.of(request.organisation()), this.properties.zone())
			.next(now, request.key());
		var inserted = insert(request, SmsText.of(text), token, due, now).update();
		if (inserted > 0 && !due.isAfter(now)) {
			this.dispatcher.wake();
		}
	}

	private JdbcClient.StatementSpec insert(SmsRequested request, SmsText coded, @Nullable String token, Instant due,
			Instant now) {
		return this.jdbc.sql(INSERT)
			.param("key", request.key())
			.param("organisation", request.organisation())
			.param("recipient", request.recipient().value())
			.param("conversation", request.conversation())
			.param("language", request.language())
			.param("text", coded.text())
			.param("encoding", coded.encoding().name())
			.param("parts", Math.min(coded.partCount(), SmsText.MAX_PARTS))
			.param("essential", request.essential())
			.param("state", coded.tooLong() ? "FAILED" : "QUEUED")
			.param("error", coded.tooLong() ? "TOO_LONG" : null)
			.param("due", Timestamp.from(due))
			.param("expires", Timestamp.from(due.plus(this.properties.validity())))
			.param("now", Timestamp.from(now))
			.param("token", token)
			.param("linkExpires", token == null ? null : Timestamp.from(now.plus(this.properties.linkValidity())));
	}

	private static String token() {
		var bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
