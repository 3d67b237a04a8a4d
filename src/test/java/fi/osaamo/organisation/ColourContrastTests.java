package fi.osaamo.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColourContrastTests {

	@Test
	void blackOnWhiteIsTwentyOneToOne() {
		assertThat(ColourContrast.againstWhite("#000000")).isCloseTo(21.0, within(0.01));
	}

	@Test
	void whiteOnWhiteIsOneToOne() {
		assertThat(ColourContrast.againstWhite("#ffffff")).isCloseTo(1.0, within(0.01));
	}

	@Test
	void osaamoBlueIsReadableAndYellowIsNot() {
		assertThat(ColourContrast.againstWhite("#0b5cab")).isGreaterThan(ColourContrast.MINIMUM);
		assertThat(ColourContrast.againstWhite("#ffcc00")).isLessThan(ColourContrast.MINIMUM);
	}

}
