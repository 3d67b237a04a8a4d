package fi.osaamo.matching.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The labels of one language as runs of stems ({@link Reading}), each run naming one
 * skill. Skill labels are verb phrases ("suorittaa MIG-hitsausta", "operate forklift")
 * while job descriptions name the thing ("MIG-hitsaus", "forklift licence"), so a skill
 * label also names its skill without its first word, the verb; as one word only when that
 * word is long and few skills use it ({@value #FEWEST_SKILLS} at most), for a common one
 * ("surfaces") says too little. A whole label wins over a label without its verb, a
 * preferred label over an alternative one, and a shorter label over a longer one. A
 * one-word label written with a capital ("Scratch") matches only a word so written, and
 * an alternative label of one word is left out.
 */
final class PhraseIndex {

	/** Labels longer than this many stems are not matched. */
	static final int MOST_UNITS = 6;

	/** A one-word label must have at least this many characters, to keep noise out. */
	static final int SHORTEST_SINGLE = 4;

	/** A verb's object of one word must have at least this many characters. */
	static final int SHORTEST_OBJECT = 6;

	/**
	 * A verb's object of one word names the skill only if at most this many skills use
	 * it.
	 */
	static final int FEWEST_SKILLS = 4;

	/** A label of this many stems at most also matches with its words apart. */
	static final int MOST_LOOSE = 3;

	private final Map<String, Entry> phrases;

	private final Map<String, List<Loose>> loose;

	private final Set<String> words;

	private final Decompounder decompounder;

	PhraseIndex(Map<String, Entry> phrases, Map<String, List<Loose>> loose, Set<String> words,
			Decompounder decompounder) {
		this.phrases = phrases;
		this.loose = loose;
		this.words = words;
		this.decompounder = decompounder;
	}

	/** The labels of a few stems whose rarest stem this is. */
	List<Loose> loose(String stem) {
		return loose.getOrDefault(stem, List.of());
	}

	@Nullable Entry entry(String key) {
		return phrases.get(key);
	}

	/**
	 * Whether a label of this language uses a word (lower case) or another form of it.
	 */
	boolean knows(String word, WordForms forms) {
		return words.contains(word) || decompounder.knows(forms.stem(word));
	}

	Decompounder decompounder() {
		return decompounder;
	}

	static PhraseIndex build(String language, List<Label> labels) {
		return PhraseIndexBuilder.build(language, labels);
	}

	/**
	 * What a run of stems names.
	 *
	 * @param uri the skill
	 * @param capitalised whether it names the skill only when written with a capital
	 */
	record Entry(String uri, boolean capitalised) {
	}

	/**
	 * A label of a few stems, to be found with its words apart.
	 *
	 * @param stems its stems
	 * @param uri the skill
	 */
	record Loose(String[] stems, String uri) {
	}

	/**
	 * A label of a skill.
	 *
	 * @param uri the skill
	 * @param text the label
	 * @param preferred whether it is the skill's preferred label
	 * @param skill whether the concept is a skill (a verb phrase) rather than knowledge
	 */
	record Label(String uri, String text, boolean preferred, boolean skill) {
	}

}
