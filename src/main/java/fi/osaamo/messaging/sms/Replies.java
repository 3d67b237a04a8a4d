package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Instant;

import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.messaging.SmsReceived;
import fi.osaamo.messaging.SmsReceived.Channel;
import fi.osaamo.messaging.smpp.SmppInbound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies by SMS and through personal links: each is stored, matched to the latest
 * message to its number, and published as {@link SmsReceived}; STOP and START change the
 * number's opt-out and are confirmed once. A reply from a number no message went to is
 * kept with the number masked, for administrators.
 */
@Component
class Replies {

	private static final String INSERT = """
			insert into messaging.sms_reply (channel, number_key, sender_shown, sms_id, text, keyword, received_at)
			values (:channel, :key, :shown, :sms, :text, :keyword, :at) returning id""";

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Conversations conversations;

	private final OptOuts optOuts;

	private final Confirmations confirmations;

	private final ApplicationEventPublisher events;

	private final SmsMetrics metrics;

	Replies(JdbcClient jdbc, Recipients recipients, Conversations conversations, OptOuts optOuts,
			Confirmations confirmations, ApplicationEventPublisher events, SmsMetrics metrics) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.conversations = conversations;
		this.optOuts = optOuts;
		this.confirmations = confirmations;
		this.events = events;
		this.metrics = metrics;
	}

	/** A message from a phone. */
	@Transactional
	void received(SmppInbound.Message message) {
		var key = message.readable() ? this.recipients.key(message.from()) : null;
		var latest = this.conversations.latest(key);
		var keyword = Keyword.of(message.text());
		var shown = latest.isPresent() ? null
				: message.readable() ? MobileNumbers.masked(message.from()) : cut(message.from());
		long reply = insert(Channel.SMS, key, shown, latest.map(Conversations.Latest::sms).orElse(null), message.text(),
				keyword, message.receivedAt());
		if (keyword != null && key != null) {
			boolean changed = keyword == Keyword.STOP ? this.optOuts.add(key) : this.optOuts.remove(key);
			if (changed) {
				var language = Keyword.language(message.text());
				this.confirmations.send(message.from(), keyword, latest.orElse(null),
						language != null ? language : latest.map(Conversations.Latest::language).orElse("fi"), reply);
			}
		}
		else if (keyword == null) {
			latest.ifPresent(to -> publish(reply, to, message.text(), message.receivedAt(), Channel.SMS));
		}
	}

	/**
	 * An answer typed on a personal link's page.
	 * @param to the message answered
	 * @param text the answer
	 * @param at when
	 */
	@Transactional
	void answered(Conversations.Latest to, String text, Instant at) {
		long reply = insert(Channel.WEB, null, null, to.sms(), text, null, at);
		publish(reply, to, text, at, Channel.WEB);
	}

	private long insert(Channel channel, @Nullable String key, @Nullable String shown, @Nullable Long sms, String text,
			@Nullable Keyword keyword, Instant at) {
		this.metrics.reply(channel);
		return this.jdbc.sql(INSERT)
			.param("channel", channel.name())
			.param("key", key)
			.param("shown", shown)
			.param("sms", sms)
			.param("text", text)
			.param("keyword", keyword == null ? null : keyword.name())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	private void publish(long reply, Conversations.Latest to, String text, Instant at, Channel channel) {
		this.events.publishEvent(new SmsReceived(reply, to.organisation(), to.conversation(),
				new PersonId(to.recipient()), text, at, channel));
	}

	private static String cut(String value) {
		return value.length() <= 24 ? value : value.substring(0, 24);
	}

}
