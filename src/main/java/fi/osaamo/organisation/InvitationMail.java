package fi.osaamo.organisation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.EmailRequested;
import fi.osaamo.platform.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells a person about an invitation, in Finnish, Swedish and English
 * (Osaamo does not know which the person reads).
 */
@Component
class InvitationMail {

	private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

	private final MessageSource messages;

	private final SiteAddress site;

	InvitationMail(MessageSource messages, SiteAddress site) {
		this.messages = messages;
		this.site = site;
	}

	EmailRequested invited(UUID invitation, PersonId person, String organisation, Role role) {
		return new EmailRequested("invitation:" + invitation, person, subject(organisation), body(organisation, role));
	}

	private String subject(String organisation) {
		var subject = new StringBuilder();
		for (var language : LANGUAGES) {
			subject.append(subject.isEmpty() ? "" : " | ")
				.append(messages.getMessage("invitations.mailSubject", new Object[] { organisation },
						Locale.forLanguageTag(language)));
		}
		return subject.toString();
	}

	private String body(String organisation, Role role) {
		var body = new StringBuilder();
		for (var language : LANGUAGES) {
			var locale = Locale.forLanguageTag(language);
			body.append(messages.getMessage("invitations.mailText", new Object[] { organisation,
					messages.getMessage("role." + role.name(), null, locale), site.link("/organisations#invitations") },
					locale))
				.append("\n\n");
		}
		return body.toString().strip();
	}

}
