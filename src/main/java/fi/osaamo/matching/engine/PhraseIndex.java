package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

	private PhraseIndex(Map<String, Entry> phrases, Map<String, List<Loose>> loose, Set<String> words,
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
		var forms = new WordForms(language);
		var words = new HashSet<String>();
		var stems = new HashSet<String>();
		collectWords(language, labels, forms, words, stems);
		var decompounder = new Decompounder(stems, language.equals("sv"));
		var sorted = labels.stream().sorted(Comparator.comparing(Label::uri)).toList();
		var skills = new Skills();
		var read = read(language, sorted, decompounder, forms, skills);
		var best = candidates(sorted, read, skills);
		var phrases = new HashMap<String, Entry>(best.size() * 2);
		var loose = new HashMap<String, List<Loose>>();
		for (var candidate : best.entrySet()) {
			index(candidate.getKey(), candidate.getValue(), skills, phrases, loose);
		}
		return new PhraseIndex(phrases, loose, words, decompounder);
	}

	/**
	 * Collects the words of the labels (lower case) and their stems, for decompounding.
	 */
	private static void collectWords(String language, List<Label> labels, WordForms forms, Set<String> words,
			Set<String> stems) {
		for (var label : labels) {
			for (var word : Words.of(label.text())) {
				var lower = word.lower();
				if (word.isAlphabetic() && lower.length() >= Decompounder.SHORTEST_HEAD
						&& !WordForms.isStopWord(language, lower)) {
					words.add(lower);
					stems.add(forms.stem(lower));
				}
			}
		}
	}

	/**
	 * Reads labels sorted by skill into stems, counting how many skills use each stem.
	 * @return the labels read, in the same order
	 */
	private static List<Read> read(String language, List<Label> sorted, Decompounder decompounder, WordForms forms,
			Skills skills) {
		var read = new ArrayList<Read>(sorted.size());
		for (var label : sorted) {
			var units = Reading.of(label.text(), language, decompounder, forms);
			var verb = (int) units.stream()
				.takeWhile(unit -> unit.word().start() == units.get(0).word().start())
				.count();
			var stemsOfLabel = units.stream().map(Reading.Unit::stem).toList();
			read.add(new Read(stemsOfLabel, verb));
			stemsOfLabel.forEach(stem -> skills.count(stem, label.uri()));
		}
		return read;
	}

	/**
	 * The best candidate for each run of stems: each whole label, and a skill label
	 * without its verb when what remains names the skill.
	 */
	private static Map<String, Candidate> candidates(List<Label> sorted, List<Read> read, Skills skills) {
		var best = new HashMap<String, Candidate>();
		for (int k = 0; k < sorted.size(); k++) {
			var label = sorted.get(k);
			var all = read.get(k).stems();
			offer(best, all, new Candidate(label.uri(), label.preferred() ? 0 : 1, label.text().length(),
					all.size() == 1 && Character.isUpperCase(label.text().charAt(0))));
			var object = all.subList(read.get(k).verb(), all.size());
			if (label.skill() && namesSkill(object, skills)) {
				offer(best, object, new Candidate(label.uri(), 2, label.text().length(), false));
			}
		}
		return best;
	}

	/**
	 * Whether a verb's object names its skill: several words do; one word only when it is
	 * long and few skills use it.
	 */
	private static boolean namesSkill(List<String> object, Skills skills) {
		return object.size() > 1 || object.size() == 1 && object.get(0).length() >= SHORTEST_OBJECT
				&& skills.of(object.get(0)) <= FEWEST_SKILLS;
	}

	/**
	 * Enters a run of stems and what it names; a run of a few stems also under its rarest
	 * stem, to be found with its words apart.
	 */
	private static void index(String key, Candidate candidate, Skills skills, Map<String, Entry> phrases,
			Map<String, List<Loose>> loose) {
		phrases.put(key, new Entry(candidate.uri(), candidate.capitalised()));
		var parts = key.split(" ");
		if (parts.length > 1 && parts.length <= MOST_LOOSE) {
			var anchor = Arrays.stream(parts).min(Comparator.comparingInt(skills::of)).orElseThrow();
			loose.computeIfAbsent(anchor, any -> new ArrayList<>()).add(new Loose(parts, candidate.uri()));
		}
	}

	// Alternative labels of one word are often everyday words ("experience", "plan").
	private static void offer(Map<String, Candidate> best, List<String> stems, Candidate candidate) {
		if (stems.isEmpty() || stems.size() > MOST_UNITS
				|| stems.size() == 1 && (stems.get(0).length() < SHORTEST_SINGLE || candidate.rank() == 1)) {
			return;
		}
		best.merge(String.join(" ", stems), candidate,
				(known, offered) -> Candidate.ORDER.compare(known, offered) <= 0 ? known : offered);
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

	/** A label read: its stems and how many of them its first word gave. */
	private record Read(List<String> stems, int verb) {
	}

	private record Candidate(String uri, int rank, int length, boolean capitalised) {

		static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
			.thenComparingInt(Candidate::length)
			.thenComparing(Candidate::uri);

	}

	/** How many skills use each stem, counted over labels sorted by skill. */
	private static final class Skills {

		private final Map<String, String> last = new HashMap<>();

		private final Map<String, Integer> counts = new HashMap<>();

		void count(String stem, String uri) {
			if (!uri.equals(last.put(stem, uri))) {
				counts.merge(stem, 1, Integer::sum);
			}
		}

		int of(String stem) {
			return counts.getOrDefault(stem, 0);
		}

	}

}
