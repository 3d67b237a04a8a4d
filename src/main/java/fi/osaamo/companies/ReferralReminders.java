package fi.osaamo.companies;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.EmailRequested;
import fi.osaamo.platform.SiteAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds of one referral's follow-up: marks it reminded and asks for the reminder
 * e-mail, in the caller's transaction, unless another instance has reminded it already.
 */
@Component
class ReferralReminders {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final SiteAddress site;

	ReferralReminders(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages, SiteAddress site) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * Reminds of a referral.
	 * @param referral the referral
	 * @return whether this call reminded of it
	 */
	boolean remind(UUID referral) {
		if (!mark(referral)) {
			return false; // another instance reminded it
		}
		events.publishEvent(email(referral, reminder(referral)));
		return true;
	}

	private boolean mark(UUID referral) {
		return jdbc.sql("update companies.referral set reminded_at = now() where id = :id and reminded_at is null")
			.param("id", referral)
			.update() != 0;
	}

	private Reminder reminder(UUID referral) {
		return jdbc
			.sql("select " + FollowUps.COLUMNS + ", r.language, r.created_by" + FollowUps.FROM + " where r.id = :id")
			.param("id", referral)
			.query((rs, row) -> new Reminder(FollowUps.followUp(rs), Locale.forLanguageTag(rs.getString("language")),
					new PersonId(rs.getObject("created_by", UUID.class))))
			.single();
	}

	/** The reminder e-mail to the company's account manager, or else to the referrer. */
	private EmailRequested email(UUID referral, Reminder reminder) {
		var followUp = reminder.followUp();
		var recipient = followUp.manager() != null ? followUp.manager() : reminder.referrer();
		var link = site.link("/dashboard/companies/" + followUp.businessId() + "#need-" + followUp.needId());
		var subject = messages.getMessage("companies.reminder.subject", new Object[] { followUp.companyName() },
				reminder.locale());
		var text = messages.getMessage(
				"companies.reminder.text", new Object[] { followUp.companyName(), followUp.need(),
						followUp.serviceName(), followUp.provider(), followUp.followUpOn().toString(), link },
				reminder.locale());
		return new EmailRequested("referral-follow-up:" + referral, recipient, subject, text);
	}

	private record Reminder(FollowUp followUp, Locale locale, PersonId referrer) {
	}

}
