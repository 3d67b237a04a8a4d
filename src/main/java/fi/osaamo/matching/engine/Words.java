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
		var words = new ArrayList<Word>();
		var tokenizer = TOKENIZERS.get();
		try {
			tokenizer.setReader(new StringReader(text));
			var term = tokenizer.addAttribute(CharTermAttribute.class);
			var offset = tokenizer.addAttribute(OffsetAttribute.class);
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				// Finnish inflects abbreviations after a colon: SQL:ää, CNC:n.
				var colon = term.toString().indexOf(':');
				var written = colon > 0 ? term.toString().substring(0, colon) : term.toString();
				words.add(new Word(written, offset.startOffset(), offset.startOffset() + written.length()));
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			close(tokenizer);
		}
		return words;
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
