package fi.osaamo.messaging.sms;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quiet hours and the opt-out words, at unit level: the integration tests send through
 * the SMSC.
 */
class SmsPolitenessTests {

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final QuietHours evenings = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), false, HELSINKI);

	@Test
	void aMessageOutsideQuietHoursGoesAtOnce() {
		var noon = at(2026, 12, 7, 12, 0);
		assertThat(this.evenings.next(noon, "k")).isEqualTo(noon);
	}

	@Test
	void aMessageInTheEveningOrAtNightWaitsForTheMorningsFirstHalfHour() {
		for (var due : new Instant[] { at(2026, 12, 7, 20, 0), at(2026, 12, 7, 23, 59), at(2026, 12, 8, 3, 0),
				at(2026, 12, 8, 7, 59) }) {
			var next = this.evenings.next(due, "key-" + due).atZone(HELSINKI);
			assertThat(next.toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 8));
			assertThat(next.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(8, 29, 59));
		}
	}

	@Test
	void aNightsMessagesAreSpreadOverTheHalfHour() {
		var night = at(2026, 12, 7, 22, 0);
		var moments = java.util.stream.IntStream.range(0, 200)
			.mapToObj(i -> this.evenings.next(night, "message-" + i))
			.distinct()
			.count();
		assertThat(moments).isGreaterThan(150);
	}

	@Test
	void quietWeekendsHoldFridayEveningsMessagesUntilMonday() {
		var weekends = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), true, HELSINKI);
		var friday = at(2026, 12, 11, 21, 0);
		var saturdayNoon = at(2026, 12, 12, 12, 0);
		assertThat(weekends.next(friday, "k").atZone(HELSINKI).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		assertThat(weekends.next(saturdayNoon, "k").atZone(HELSINKI).getDayOfWeek())
			.isEqualTo(java.time.DayOfWeek.MONDAY);
	}

	@Test
	void quietHoursFollowHelsinkiTimeAcrossDaylightSaving() {
		// 29 March 2026: clocks go forward; 20:30 local is 17:30 UTC that evening.
		assertThat(this.evenings.quiet(Instant.parse("2026-03-29T17:30:00Z"))).isTrue();
		assertThat(this.evenings.quiet(Instant.parse("2026-03-29T16:30:00Z"))).isFalse();
	}

	@Test
	void equalStartAndEndMeanNoQuietHours() {
		var none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, false, HELSINKI);
		assertThat(none.quiet(at(2026, 12, 7, 23, 0))).isFalse();
	}

	@Test
	void stopAndStartAreReadInThreeLanguagesInAnyCaseWithPunctuation() {
		assertThat(Keyword.of("STOP")).isEqualTo(Keyword.STOP);
		assertThat(Keyword.of(" lopeta! ")).isEqualTo(Keyword.STOP);
		assertThat(Keyword.of("Sluta.")).isEqualTo(Keyword.STOP);
		assertThat(Keyword.of("start")).isEqualTo(Keyword.START);
		assertThat(Keyword.of("Aloita")).isEqualTo(Keyword.START);
		assertThat(Keyword.of("BÖRJA")).isEqualTo(Keyword.START);
		assertThat(Keyword.of("börja")).isEqualTo(Keyword.START);
		assertThat(Keyword.of("älä lopeta vielä")).isNull();
		assertThat(Keyword.of("stopper")).isNull();
		assertThat(Keyword.language("Sluta")).isEqualTo("sv");
		assertThat(Keyword.language("STOP")).isNull();
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(HELSINKI).toInstant();
	}

}
