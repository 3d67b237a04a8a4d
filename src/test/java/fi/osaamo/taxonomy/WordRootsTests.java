package fi.osaamo.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordRootsTests {

	@Test
	void finnishSwedishAndEnglishWordsLoseTheirEndings() {
		assertThat(WordRoots.of("hitsaus")).isEqualTo("hitsa");
		assertThat(WordRoots.of("Hitsauksen")).isEqualTo("hitsa");
		assertThat(WordRoots.of("hitsaajien")).isEqualTo("hitsa");
		assertThat(WordRoots.of("svetsning")).isEqualTo("svets");
		assertThat(WordRoots.of("svetsare")).isEqualTo("svets");
		assertThat(WordRoots.of("welding")).isEqualTo("weld");
	}

	@Test
	void shortWordsAndPhrasesStayWhole() {
		assertThat(WordRoots.of("ensiapu")).isEqualTo("ensiapu");
		assertThat(WordRoots.of("ring")).isEqualTo("ring");
		assertThat(WordRoots.of("laser welding")).isEqualTo("laser welding");
		assertThat(WordRoots.of("C++")).isEqualTo("c++");
	}

}
