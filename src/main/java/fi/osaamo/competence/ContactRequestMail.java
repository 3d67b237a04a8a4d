package fi.osaamo.competence;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.EmailRequested;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells a talent of a city's contact request, in Finnish, Swedish and
 * English, followed by the requester's message.
 */
@Component
class ContactRequestMail {

	private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ContactRequestMail(OrganisationManagement organisations, ApplicationEventPublisher events, MessageSource messages) {
		this.organisations = organisations;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * Asks for the e-mail to be sent.
	 * @param request the request's id
	 * @param city the requester's city organisation
	 * @param person the talent
	 * @param message the requester's message
	 */
	void send(UUID request, OrganisationId city, PersonId person, String message) {
		var cityName = organisations.find(city).map(found -> found.name()).orElse("");
		var subject = new StringBuilder();
		var body = new StringBuilder();
		for (var language : LANGUAGES) {
			append(subject, body, Locale.forLanguageTag(language), cityName);
		}
		events.publishEvent(new EmailRequested("contact-request:" + request, person, subject.toString(),
				body.append(message).toString()));
	}

	/** Adds the subject and the text in one language. */
	private void append(StringBuilder subject, StringBuilder body, Locale locale, String cityName) {
		subject.append(subject.isEmpty() ? "" : " | ")
			.append(messages.getMessage("talents.contact.mailSubject", null, locale));
		body.append(messages.getMessage("talents.contact.mailText", new Object[] { cityName }, locale)).append("\n\n");
	}

}
