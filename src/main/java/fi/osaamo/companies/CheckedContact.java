package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A contact-log entry that passed the checks, its texts stripped.
 *
 * @param occurredOn the day of the contact
 * @param channel how the contact was made
 * @param participants who took part
 * @param notes what was said, if anything was written down
 * @param topics the topics, separated by commas
 * @param confidential whether the notes are confidential
 */
record CheckedContact(LocalDate occurredOn, Channel channel, String participants, @Nullable String notes,
		@Nullable String topics, boolean confidential) {

	/** The entry as the named parameters of a statement. */
	Map<String, Object> values() {
		var values = new HashMap<String, Object>();
		values.put("occurredOn", occurredOn);
		values.put("channel", channel.name());
		values.put("participants", participants);
		values.put("notes", notes);
		values.put("topics", topics);
		values.put("confidential", confidential);
		return values;
	}

}
