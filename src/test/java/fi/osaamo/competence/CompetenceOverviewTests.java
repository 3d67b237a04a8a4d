package fi.osaamo.competence;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompetenceOverviewTests {

	@Test
	void countsUnderFiveAreHidden() {
		assertThat(CompetenceOverview.suppress(new int[] { 0, 5, 3, 2, 7 })).containsExactly(0, 5, null, null, 7);
	}

	@Test
	void aSingleHiddenCountIsNotLeftToBeWorkedOutFromTheTotal() {
		// With the total 13 shown, hiding only the 3 would give it away: the smallest
		// other
		// cell goes too.
		assertThat(CompetenceOverview.suppress(new int[] { 0, 5, 3, 0, 5 })).containsExactly(null, 5, null, 0, 5);
		assertThat(CompetenceOverview.suppress(new int[] { 6, 5, 3, 8, 9 })).containsExactly(6, null, null, 8, 9);
	}

	@Test
	void skillsFewerThanFiveHaveAreLeftOut() {
		var overview = CompetenceOverview.of(9, List.of("a", "b", "c"),
				List.of(new int[] { 0, 0, 4, 0, 0 }, new int[] { 1, 1, 1, 1, 1 }, new int[] { 0, 0, 9, 0, 0 }));
		assertThat(overview.rows()).extracting(CompetenceOverview.Row::skillUri).containsExactly("c", "b");
		assertThat(overview.hiddenSkills()).isEqualTo(1);
		assertThat(overview.rows().get(1).levels()).containsOnlyNulls();
	}

}
