package fi.osaamo.messaging.sms;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How text messages are sent, under {@code app.messaging.sms}.
 *
 * @param enabled whether this instance sends (replies and receipts are always taken)
 * @param batch how many messages a sender claims at a time
 * @param poll how often an idle sender looks for due messages
 * @param heartbeat how often a sender says it is alive
 * @param inDoubtAfter how long a sender may be silent before its claims are in doubt
 * @param receiptWait how long a message in doubt waits for receipts before it is sent
 * again
 * @param maxAttempts how many temporary failures a message survives
 * @param retryFirst the first wait after a temporary failure (doubling after that)
 * @param retryMax the longest wait between attempts
 * @param throttlePause the first pause after the SMSC said it was throttled
 * @param validity how long a message may wait before it is no longer worth sending
 * @param linkValidity how long a personal link works
 * @param defaultSender the sender id of organisations that have none
 * @param zone the time zone of quiet hours
 */
@ConfigurationProperties("app.messaging.sms")
public record SmsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("200") int batch,
		@DefaultValue("250ms") Duration poll, @DefaultValue("5s") Duration heartbeat,
		@DefaultValue("30s") Duration inDoubtAfter, @DefaultValue("10m") Duration receiptWait,
		@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration retryFirst,
		@DefaultValue("30m") Duration retryMax, @DefaultValue("1s") Duration throttlePause,
		@DefaultValue("24h") Duration validity, @DefaultValue("30d") Duration linkValidity,
		@DefaultValue("Osaamo") String defaultSender, @DefaultValue("Europe/Helsinki") ZoneId zone) {
}
