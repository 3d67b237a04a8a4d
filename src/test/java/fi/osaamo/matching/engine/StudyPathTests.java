package fi.osaamo.matching.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudyPathTests {

	@Test
	void fewCheapTimelyStudiesCoverTheMissingSkills() {
		var long1 = new StudyPath.Option("degree", new int[] { 1, 2, 3, 4 }, 1200, 0, 30, true);
		var shortA = new StudyPath.Option("a", new int[] { 1, 2 }, 16, 0, 7, true);
		var shortB = new StudyPath.Option("b", new int[] { 3, 4, 9 }, 24, 100, 14, true);
		var late = new StudyPath.Option("late", new int[] { 1, 2, 3, 4 }, 20, 0, 7, false);
		var steps = StudyPath.plan(new int[] { 1, 2, 3, 4 }, List.of(long1, shortA, shortB, late), 5);
		// a: 2 skills for 1 + 16/40 + 7/60 ≈ 1.52 units; b: 2 for ≈ 2.03; the degree 4
		// for
		// ≈ 31.5; the late course 4 for ≈ 4.62.
		assertThat(steps).extracting(step -> step.option().key()).containsExactly("a", "b");
		assertThat(steps.get(0).adds()).containsExactly(1, 2);
		assertThat(steps.get(1).adds()).containsExactly(3, 4);
	}

	@Test
	void aStudyThatAddsNothingNewIsNotChosenAndTheLimitHolds() {
		var a = new StudyPath.Option("a", new int[] { 1 }, 10, 0, 0, true);
		var again = new StudyPath.Option("again", new int[] { 1 }, 5, 0, 0, true);
		var b = new StudyPath.Option("b", new int[] { 2 }, 10, 0, 0, true);
		assertThat(StudyPath.plan(new int[] { 1, 2 }, List.of(a, again, b), 5)).extracting(step -> step.option().key())
			.containsExactly("again", "b");
		assertThat(StudyPath.plan(new int[] { 1, 2 }, List.of(a, again, b), 1)).hasSize(1);
		assertThat(StudyPath.plan(new int[] { 7 }, List.of(a, b), 5)).isEmpty();
	}

}
