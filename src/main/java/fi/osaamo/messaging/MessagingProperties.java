package fi.osaamo.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing messages, under {@code app.messaging}.
 *
 * @param from the sender of e-mails
 * @param retryAfter how old a failed delivery must be before it is tried again
 */
@ConfigurationProperties("app.messaging")
record MessagingProperties(@DefaultValue("Osaamo <noreply@osaamo.invalid>") String from,
		@DefaultValue("5m") Duration retryAfter) {
}
