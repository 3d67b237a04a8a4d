package fi.osaamo.platform;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DisclosureControlTests {

	@Test
	void countsAreRoundedToANeighbouringMultipleOfFive() {
		var random = new SplittableRandom(13);
		for (int count = 0; count < 60; count++) {
			for (int i = 0; i < 200; i++) {
				var published = DisclosureControl.round(count, random.nextDouble());
				assertThat(published % DisclosureControl.BASE).isZero();
				assertThat(Math.abs(published - count)).isLessThan(DisclosureControl.BASE);
			}
		}
		assertThat(DisclosureControl.round(10, 0.99)).isEqualTo(10);
		assertThat(DisclosureControl.round(0, 0.0)).isZero();
	}

	@Test
	void roundingIsUnbiased() {
		// Over uniformly random cell keys the published count averages the true one:
		// rounding neither hides small groups systematically nor inflates them.
		var random = new SplittableRandom(2026);
		for (int count : new int[] { 1, 2, 3, 4, 7, 13 }) {
			var sum = 0L;
			var draws = 200_000;
			for (int i = 0; i < draws; i++) {
				sum += DisclosureControl.round(count, random.nextDouble());
			}
			assertThat(sum / (double) draws).isCloseTo(count, within(0.05));
		}
	}

	@Test
	void theSamePeopleGiveTheSameCountInAnyOrderAndAnyoneElseDrawsAnew() {
		var keys = new double[] { 0.12, 0.57, 0.91, 0.33, 0.78, 0.05, 0.70 };
		var forwards = new DisclosureControl.Cell();
		var backwards = new DisclosureControl.Cell();
		for (int i = 0; i < keys.length; i++) {
			forwards.add(keys[i]);
			backwards.add(keys[keys.length - 1 - i]);
		}
		assertThat(forwards.count()).isEqualTo(7);
		assertThat(forwards.published()).isEqualTo(backwards.published());
		// Seven people whose keys sum to 3.46 (cell key 0.46): 7 rounds up to 10 with
		// probability 2/5, for cell keys under 0.4: this one rounds down.
		assertThat(forwards.published()).isEqualTo(5);
		var other = new DisclosureControl.Cell();
		for (var key : new double[] { 0.12, 0.57, 0.91, 0.33, 0.78, 0.05, 0.60 }) {
			other.add(key);
		}
		// One other person (cell key 0.36): up to 10.
		assertThat(other.published()).isEqualTo(10);
	}

}
