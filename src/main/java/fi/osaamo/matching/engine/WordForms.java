package fi.osaamo.matching.engine;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The stems and stop words of one language: Lucene's Snowball stemmers and stop word
 * lists. Finnish derived nouns in {@code -us} inflect with {@code -uks-}
 * ({@code hitsaus}, {@code hitsauksen}, {@code hitsausta}), which Snowball leaves as
 * three stems, so the ending is cut to the vowel for all of them. Not thread-safe: one
 * instance per thread.
 */
final class WordForms {

	static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.of("fi", FinnishStemmer::new, "sv",
			SwedishStemmer::new, "en", EnglishStemmer::new);

	private static final Map<String, CharArraySet> STOP_WORDS = Map.of("fi", FinnishAnalyzer.getDefaultStopSet(), "sv",
			SwedishAnalyzer.getDefaultStopSet(), "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

	private static final int SHORTEST_ROOT = 4;

	private final String language;

	private final SnowballStemmer stemmer;

	WordForms(String language) {
		this.language = language;
		this.stemmer = STEMMERS.get(language).get();
	}

	static boolean isStopWord(String language, String word) {
		return STOP_WORDS.get(language).contains(word);
	}

	/**
	 * The stem of a lower-case word.
	 * @param word the word
	 * @return its stem
	 */
	String stem(String word) {
		stemmer.setCurrent(word);
		stemmer.stem();
		var stem = stemmer.getCurrent();
		return language.equals("fi") ? finnishRoot(stem) : stem;
	}

	// Snowball keeps a final vowel in some forms and not in others (laite, laitteita;
	// sauma, saumojen), so it goes, unless the root would be too short.
	private static String finnishRoot(String stem) {
		var root = withoutDerivation(stem);
		if (root.length() > SHORTEST_ROOT && "aeiouyäö".indexOf(root.charAt(root.length() - 1)) >= 0) {
			root = root.substring(0, root.length() - 1);
		}
		return root;
	}

	// A final -us, -ys, -uks, -yks, -ust or -yst is cut back to its vowel, unless the
	// root would be too short.
	private static String withoutDerivation(String stem) {
		for (var ending : new String[] { "uks", "yks", "ust", "yst", "us", "ys" }) {
			if (stem.endsWith(ending) && stem.length() - ending.length() + 1 >= SHORTEST_ROOT) {
				return stem.substring(0, stem.length() - ending.length() + 1);
			}
		}
		return stem;
	}

	static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

}
