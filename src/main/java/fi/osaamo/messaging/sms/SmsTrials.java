package fi.osaamo.messaging.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.SmsChecks;
import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message an administrator sends to their own phone to try the channel: it goes the
 * whole way any message goes (outbox, quiet hours, SMSC, receipt, personal link), from
 * the platform, in the administrator's language. A number that cannot take it is said at
 * once instead of failing later.
 */
@Component
public class SmsTrials {

	/** The platform's own messages use the nil organisation, as confirmations do. */
	static final UUID PLATFORM = new UUID(0, 0);

	static final String CONVERSATION = "admin-test";

	private final Recipients recipients;

	private final SmsSettingsRepository settings;

	private final SmsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SmsTrials(Recipients recipients, SmsSettingsRepository settings, SmsProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.recipients = recipients;
		this.settings = settings;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues a message to the administrator's own phone.
	 * @param admin the administrator
	 * @param text the text
	 * @param language the administrator's language: fi, sv or en
	 * @return when it leaves: now, or when the platform's quiet hours end
	 * @throws InvalidInputException on {@code text} when it is empty or too long, on
	 * {@code recipient} when the administrator has no number that can take it
	 */
	@Transactional
	public Instant send(PersonId admin, String text, String language) {
		SmsChecks.check("text", text, true);
		var recipient = this.recipients.resolve(List.of(admin.value())).get(admin.value());
		if (recipient.problem() != null) {
			throw new InvalidInputException("recipient", "sms.try.problem." + recipient.problem());
		}
		if (recipient.optedOut()) {
			throw new InvalidInputException("recipient", "sms.try.problem.OPTED_OUT");
		}
		var key = "admin-test:" + UUID.randomUUID();
		this.events
			.publishEvent(new SmsRequested(key, PLATFORM, admin, CONVERSATION, text.strip(), language, false, true));
		return QuietHours.of(this.settings.of(PLATFORM), this.properties.zone()).next(this.clock.instant(), key);
	}

}
