package fi.osaamo.matching.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Proposes taxonomy skills found in free text in Finnish, Swedish or English. Every label
 * of every skill (preferred and alternative) is run through Lucene's analyzer for its
 * language (lower case, stop words out, Snowball stemming), and the text through the same
 * analyzer; the longest run of stems that equals a label's stems is a match, reported
 * with its position in the original text. Nothing is stored: the caller shows the
 * proposals and a person confirms them.
 */
public final class SkillExtractor {

	/** Labels longer than this many stems are not matched. */
	static final int MAX_TOKENS = 6;

	/** A one-word label must have at least this many characters, to keep noise out. */
	static final int MIN_SINGLE = 4;

	private final Map<String, Analyzer> analyzers;

	private final Map<String, Map<String, String>> phrases;

	private final Map<String, Map<String, String>> preferred;

	private SkillExtractor(Map<String, Analyzer> analyzers, Map<String, Map<String, String>> phrases,
			Map<String, Map<String, String>> preferred) {
		this.analyzers = analyzers;
		this.phrases = phrases;
		this.preferred = preferred;
	}

	public static Builder builder() {
		return new Builder();
	}

	public boolean supports(String language) {
		return analyzers.containsKey(language);
	}

	/**
	 * The skills named in a text.
	 * @param text the text
	 * @param language its language: fi, sv or en
	 * @return the matches in text order, each skill once (its first mention)
	 */
	public List<Match> extract(String text, String language) {
		var analyzer = analyzers.get(language);
		if (analyzer == null) {
			throw new IllegalArgumentException("unsupported language " + language);
		}
		var index = phrases.get(language);
		var tokens = tokens(analyzer, text);
		var matches = new ArrayList<Match>();
		var seen = new java.util.HashSet<String>();
		int i = 0;
		while (i < tokens.size()) {
			var matched = 0;
			for (int n = Math.min(MAX_TOKENS, tokens.size() - i); n >= 1; n--) {
				var key = key(tokens, i, n);
				var uri = index.get(key);
				if (uri != null) {
					var start = tokens.get(i).start();
					var end = tokens.get(i + n - 1).end();
					if (seen.add(uri)) {
						matches.add(new Match(uri, label(uri, language), start, end, text.substring(start, end)));
					}
					matched = n;
					break;
				}
			}
			i += Math.max(1, matched);
		}
		return matches;
	}

	private String label(String uri, String language) {
		var label = preferred.get(language).get(uri);
		if (label == null) {
			label = preferred.get("en").get(uri);
		}
		return label == null ? uri : label;
	}

	private static String key(List<Token> tokens, int from, int count) {
		var key = new StringBuilder(tokens.get(from).term());
		for (int k = from + 1; k < from + count; k++) {
			key.append(' ').append(tokens.get(k).term());
		}
		return key.toString();
	}

	static List<Token> tokens(Analyzer analyzer, String text) {
		var tokens = new ArrayList<Token>();
		try (var stream = analyzer.tokenStream("text", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * A skill found in the text.
	 *
	 * @param uri the skill
	 * @param label its preferred label in the text's language (or English)
	 * @param start where the matched phrase starts in the text
	 * @param end where it ends (exclusive)
	 * @param phrase the matched phrase as written
	 */
	public record Match(String uri, String label, int start, int end, String phrase) {
	}

	record Token(String term, int start, int end) {
	}

	/**
	 * Collects the labels.
	 */
	public static final class Builder {

		private final Map<String, Analyzer> analyzers = Map.of("fi", new FinnishAnalyzer(), "sv", new SwedishAnalyzer(),
				"en", new EnglishAnalyzer());

		private final Map<String, Map<String, String>> phrases = new HashMap<>();

		private final Map<String, Map<String, String>> preferred = new HashMap<>();

		private Builder() {
			for (var language : analyzers.keySet()) {
				phrases.put(language, new HashMap<>());
				preferred.put(language, new HashMap<>());
			}
		}

		/**
		 * Adds a label of a skill.
		 * @param uri the skill
		 * @param language the label's language
		 * @param text the label
		 * @param isPreferred whether it is the preferred label
		 * @return this builder
		 */
		public Builder label(String uri, String language, String text, boolean isPreferred) {
			var analyzer = analyzers.get(language);
			if (analyzer == null) {
				return this;
			}
			if (isPreferred) {
				preferred.get(language).put(uri, text);
			}
			var tokens = tokens(analyzer, text);
			if (tokens.isEmpty() || tokens.size() > MAX_TOKENS
					|| (tokens.size() == 1 && tokens.get(0).term().length() < MIN_SINGLE)) {
				return this;
			}
			var key = key(tokens, 0, tokens.size());
			var known = phrases.get(language).get(key);
			// A preferred label wins over another skill's alternative label.
			if (known == null || isPreferred && !uri.equals(known) && !preferred(language, known, key)) {
				phrases.get(language).put(key, uri);
			}
			return this;
		}

		private boolean preferred(String language, String uri, String key) {
			var label = preferred.get(language).get(uri);
			return label != null
					&& key(tokens(analyzers.get(language), label), 0, tokens(analyzers.get(language), label).size())
						.equals(key);
		}

		public SkillExtractor build() {
			return new SkillExtractor(analyzers, phrases, preferred);
		}

	}

}
