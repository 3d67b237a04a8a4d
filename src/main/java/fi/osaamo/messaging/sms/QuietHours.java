package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.SmsSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An organisation's quiet hours: when no message goes out. A message due in them waits
 * for the morning, at a moment in the first half hour drawn from its key, so a night's
 * messages do not all leave at the same second.
 *
 * @param from when quiet begins, e.g. 20:00
 * @param until when it ends, e.g. 08:00 (before {@code from}: the quiet spans midnight)
 * @param weekends whether Saturdays and Sundays are quiet all day
 * @param zone the time zone
 */
record QuietHours(LocalTime from, LocalTime until, boolean weekends, ZoneId zone) {

	static final Duration SPREAD = Duration.ofMinutes(30);

	/** An organisation's quiet hours in a time zone. */
	static QuietHours of(fi.osaamo.messaging.SmsSettings settings, ZoneId zone) {
		return new QuietHours(settings.quietFrom(), settings.quietUntil(), settings.quietWeekends(), zone);
	}

	/**
	 * When a message may go.
	 * @param now the time it is due
	 * @param key the message's key, for its place in the morning's half hour
	 * @return {@code now} outside quiet hours, otherwise a moment in the first half hour
	 * after they end
	 */
	Instant next(Instant now, String key) {
		var local = now.atZone(this.zone);
		if (!quiet(local)) {
			return now;
		}
		var morning = local.toLocalDate().atTime(this.until).atZone(this.zone);
		if (!morning.isAfter(local)) {
			morning = morning.plusDays(1);
		}
		while (this.weekends && weekend(morning)) {
			morning = morning.plusDays(1);
		}
		// A digest, not String.hashCode: keys like check-in:1, check-in:2 would bunch up.
		var digest = java.util.UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		long offset = Math.floorMod(digest.getLeastSignificantBits(), SPREAD.toSeconds());
		return morning.toInstant().plusSeconds(offset);
	}

	/** Whether it is quiet at a moment. */
	boolean quiet(Instant at) {
		return quiet(at.atZone(this.zone));
	}

	private boolean quiet(ZonedDateTime at) {
		if (this.weekends && weekend(at)) {
			return true;
		}
		var time = at.toLocalTime();
		if (this.from.equals(this.until)) {
			return false;
		}
		if (this.from.isAfter(this.until)) {
			return !time.isBefore(this.from) || time.isBefore(this.until);
		}
		return !time.isBefore(this.from) && time.isBefore(this.until);
	}

	private static boolean weekend(ZonedDateTime at) {
		var day = at.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
