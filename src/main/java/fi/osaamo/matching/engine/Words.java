package fi.osaamo.matching.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text as written, with their positions: Lucene's standard tokenizer
 * (Unicode word boundaries), so that {@code MIG/MAG-hitsaus} is three words, less the
 * ending that Finnish puts after a colon.
 */
final class Words {

	private Words() {
	}

	// A tokenizer is costly to make and can be reused, one thread at a time.
	private static final ThreadLocal<StandardTokenizer> TOKENIZERS = ThreadLocal.withInitial(StandardTokenizer::new);

	static List<Word> of(String text) {
		var tokenizer = TOKENIZERS.get();
		try {
			return words(tokenizer, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			close(tokenizer);
		}
	}

	private static List<Word> words(StandardTokenizer tokenizer, String text) throws IOException {
		tokenizer.setReader(new StringReader(text));
		var words = new ArrayList<Word>();
		var term = tokenizer.addAttribute(CharTermAttribute.class);
		var offset = tokenizer.addAttribute(OffsetAttribute.class);
		tokenizer.reset();
		while (tokenizer.incrementToken()) {
			words.add(word(term.toString(), offset.startOffset()));
		}
		tokenizer.end();
		return words;
	}

	private static Word word(String term, int start) {
		// Finnish inflects abbreviations after a colon: SQL:ää, CNC:n.
		var colon = term.indexOf(':');
		var written = colon > 0 ? term.substring(0, colon) : term;
		return new Word(written, start, start + written.length());
	}

	private static void close(StandardTokenizer tokenizer) {
		try {
			tokenizer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A word of a text.
	 *
	 * @param text the word as written
	 * @param start where it starts in the text
	 * @param end where it ends (exclusive)
	 */
	record Word(String text, int start, int end) {

		String lower() {
			return WordForms.lower(text);
		}

		boolean isAlphabetic() {
			return text.chars().allMatch(Character::isLetter);
		}

	}

}
