package fi.osaamo.organisation;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.osaamo.messaging.SmsSettings;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * The form of an organisation's text-message settings, kept as typed when a save is
 * refused. The times are read as text, so that a time that is not one is explained beside
 * its field.
 *
 * @param senderId the sender id; blank for the platform's
 * @param quietFrom when quiet hours begin, as typed (20:00, 20.00, 2000 or 20)
 * @param quietUntil when they end, as typed
 * @param quietWeekends whether Saturdays and Sundays are quiet all day
 */
public record OrganisationSmsForm(@Nullable String senderId, @Nullable String quietFrom, @Nullable String quietUntil,
		@Nullable Boolean quietWeekends) {

	/**
	 * Hours, and minutes unless on the hour, on the 24-hour clock: 20:00, 20.00, 2000 or
	 * 20.
	 */
	private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])(?:[:.]?([0-5][0-9]))?(?::[0-5][0-9])?");

	static OrganisationSmsForm of(SmsSettings settings, Language language) {
		return new OrganisationSmsForm(settings.senderId() == null ? "" : settings.senderId(),
				time(settings.quietFrom(), language), time(settings.quietUntil(), language), settings.quietWeekends());
	}

	/**
	 * A time on the 24-hour clock as the page's language writes it (20.00 in Finnish).
	 * @param time the time
	 * @param language the page's language
	 * @return the text
	 */
	public static String time(LocalTime time, Language language) {
		return DateTimeFormatter.ofPattern(language == Language.FI ? "H.mm" : "HH:mm").format(time);
	}

	/**
	 * The settings the form asks for.
	 * @param organisation whose settings they are
	 * @return the settings; the sender id is checked when they are saved
	 * @throws InvalidInputException on {@code quietFrom} and {@code quietUntil} when they
	 * are not times
	 */
	SmsSettings toSettings(UUID organisation) {
		var problems = new FormProblems();
		var from = problems.read(() -> time("quietFrom", quietFrom));
		var until = problems.read(() -> time("quietUntil", quietUntil));
		problems.throwIfAny();
		return new SmsSettings(organisation, senderId, from, until, weekends());
	}

	public boolean weekends() {
		return Boolean.TRUE.equals(quietWeekends);
	}

	private static LocalTime time(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "validation.time.required");
		}
		var matcher = TIME.matcher(value.strip());
		if (!matcher.matches()) {
			throw new InvalidInputException(field, "validation.time.invalid");
		}
		var minutes = matcher.group(2);
		return LocalTime.of(Integer.parseInt(matcher.group(1)), minutes == null ? 0 : Integer.parseInt(minutes));
	}

}
