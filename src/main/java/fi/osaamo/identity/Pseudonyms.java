package fi.osaamo.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates pseudonyms such as {@code Ilves-4821}: a word from Finnish nature and four
 * digits, the same in every language and revealing nothing of the person.
 */
final class Pseudonyms {

	private static final List<String> WORDS = List.of("Ilves", "Kettu", "Karhu", "Susi", "Hirvi", "Orava", "Jänis",
			"Saukko", "Majava", "Näätä", "Kärppä", "Siili", "Joutsen", "Kurki", "Haukka", "Pöllö", "Tikka", "Peippo",
			"Sirri", "Kuikka", "Lohi", "Taimen", "Hauki", "Ahven", "Kuha", "Siika", "Mänty", "Kuusi", "Koivu", "Haapa",
			"Pihlaja", "Vaahtera", "Tammi", "Leppä", "Kataja", "Kanerva", "Mustikka", "Puolukka", "Lakka", "Kielo",
			"Vuokko", "Kaisla", "Sammal", "Jäkälä", "Virta", "Koski", "Lampi", "Salmi", "Niemi", "Saari", "Harju",
			"Kallio", "Tunturi", "Revontuli", "Kuura", "Usva", "Tuuli", "Aalto", "Kaste", "Routa");

	private final RandomGenerator random;

	Pseudonyms() {
		this(new SecureRandom());
	}

	Pseudonyms(RandomGenerator random) {
		this.random = random;
	}

	String next() {
		return WORDS.get(random.nextInt(WORDS.size())) + "-" + (1000 + random.nextInt(9000));
	}

}
