package fi.osaamo.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTests {

	@Test
	void escapesTheWildcardsUsersType() {
		assertThat(LikePatterns.containing(" 100% _ok\\ ")).isEqualTo("%100\\% \\_ok\\\\%");
	}

	@Test
	void anEmptySearchMatchesEverything() {
		assertThat(LikePatterns.containing("")).isEqualTo("%%");
	}

}
