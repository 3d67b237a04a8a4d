package fi.osaamo.dashboard;

import java.time.LocalDate;

import fi.osaamo.companies.Channel;
import fi.osaamo.companies.NewContact;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The contact-log form; kept as typed when the save is refused.
 *
 * @param occurredOn when
 * @param channel how
 * @param participants who took part
 * @param notes what was said
 * @param topics what it was about
 * @param confidential whether the notes are confidential
 */
public record ContactForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
		@Nullable Channel channel, @Nullable String participants, @Nullable String notes, @Nullable String topics,
		@Nullable Boolean confidential) {

	static ContactForm empty(LocalDate today) {
		return new ContactForm(today, Channel.MEETING, "", "", "", false);
	}

	NewContact toNewContact() {
		return new NewContact(occurredOn, channel, participants, notes, topics, Boolean.TRUE.equals(confidential));
	}

	public String date() {
		return occurredOn == null ? "" : occurredOn.toString();
	}

	public String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public boolean isConfidential() {
		return Boolean.TRUE.equals(confidential);
	}

	public Channel[] channels() {
		return Channel.values();
	}

}
