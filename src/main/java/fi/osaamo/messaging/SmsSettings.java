package fi.osaamo.messaging;

import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's text-message settings. Equal quiet hours' start and end mean none.
 *
 * @param organisation the organisation
 * @param senderId its sender id, authorised by the operators, or {@code null} for the
 * platform's
 * @param quietFrom when quiet hours begin
 * @param quietUntil when they end
 * @param quietWeekends whether weekends are quiet
 */
public record SmsSettings(UUID organisation, @Nullable String senderId, LocalTime quietFrom, LocalTime quietUntil,
		boolean quietWeekends) {

	/** The settings of an organisation that has not changed them. */
	public static SmsSettings defaults(UUID organisation) {
		return new SmsSettings(organisation, null, LocalTime.of(20, 0), LocalTime.of(8, 0), false);
	}

}
