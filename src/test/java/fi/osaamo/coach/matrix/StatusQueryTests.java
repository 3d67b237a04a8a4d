package fi.osaamo.coach.matrix;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a query goes out in a period, and what the apprentice reads.
 */
class StatusQueryTests {

	private static final LocalDate FIRST = LocalDate.of(2027, 1, 11);

	private static final LocalDate LAST = LocalDate.of(2027, 2, 28);

	@Test
	void aQueryCountedFromTheStartGoesOutOnceOnItsDay() {
		assertThat(query(false, 2, null).days(FIRST, LAST)).containsExactly(LocalDate.of(2027, 1, 13));
	}

	@Test
	void aRepeatedQueryGoesOutUntilThePeriodEnds() {
		assertThat(query(false, 14, 14).days(FIRST, LAST)).containsExactly(LocalDate.of(2027, 1, 25),
				LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 22));
	}

	@Test
	void aQueryCountedFromTheEndGoesOutBeforeTheLastDay() {
		assertThat(query(true, 7, null).days(FIRST, LAST)).containsExactly(LocalDate.of(2027, 2, 21));
		assertThat(query(true, 0, null).days(FIRST, LAST)).containsExactly(LAST);
	}

	@Test
	void daysOutsideThePeriodAreLeftOut() {
		var shortPeriod = FIRST.plusDays(1);
		assertThat(query(false, 2, null).days(FIRST, shortPeriod)).isEmpty();
		assertThat(query(true, 7, null).days(FIRST, shortPeriod)).isEmpty();
	}

	@Test
	void theMessageListsTheAnswersInTheApprenticesLanguage() {
		assertThat(RecommendedMatrix.queries().get(0).message("sv")).isEqualTo("""
				Hej! Hur har de första dagarna på arbetsplatsen gått? Svara med en siffra:
				1 = Allt bra
				2 = Mina uppgifter är oklara
				3 = Jag behöver mer handledning
				4 = Något annat oroar mig""");
	}

	private static StatusQuery query(boolean fromEnd, int days, Integer every) {
		return new StatusQuery("q", fromEnd, days, every, new Texts("Miten menee?", "Hur går det?", "How is it?"),
				List.of(new AnswerOption(1, new Texts("Hyvin", "Bra", "Fine"), false, null, null)));
	}

}
