package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.matching.engine.PhraseIndex.Entry;
import fi.osaamo.matching.engine.PhraseIndex.Label;
import fi.osaamo.matching.engine.PhraseIndex.Loose;

/**
 * Builds the {@link PhraseIndex} of one language: reads every label into stems, chooses
 * the best label for each run of stems (and a skill label without its verb where that
 * names the skill), and indexes runs of a few stems under their rarest stem.
 */
final class PhraseIndexBuilder {

	private final String language;

	private final WordForms forms;

	private final Set<String> words = new HashSet<>();

	private final Set<String> stems = new HashSet<>();

	private final StemSkills skills = new StemSkills();

	private PhraseIndexBuilder(String language) {
		this.language = language;
		this.forms = new WordForms(language);
	}

	static PhraseIndex build(String language, List<Label> labels) {
		return new PhraseIndexBuilder(language).build(labels);
	}

	private PhraseIndex build(List<Label> labels) {
		collectWords(labels);
		var decompounder = new Decompounder(stems, language.equals("sv"));
		var sorted = labels.stream().sorted(Comparator.comparing(Label::uri)).toList();
		var best = candidates(sorted, read(sorted, decompounder));
		var phrases = new HashMap<String, Entry>(best.size() * 2);
		var loose = new HashMap<String, List<Loose>>();
		for (var candidate : best.entrySet()) {
			index(candidate.getKey(), candidate.getValue(), phrases, loose);
		}
		return new PhraseIndex(phrases, loose, words, decompounder);
	}

	/**
	 * Collects the words of the labels (lower case) and their stems, for decompounding.
	 */
	private void collectWords(List<Label> labels) {
		for (var label : labels) {
			for (var word : Words.of(label.text())) {
				collect(word);
			}
		}
	}

	private void collect(Words.Word word) {
		var lower = word.lower();
		if (word.isAlphabetic() && lower.length() >= Decompounder.SHORTEST_HEAD
				&& !WordForms.isStopWord(language, lower)) {
			words.add(lower);
			stems.add(forms.stem(lower));
		}
	}

	/**
	 * Reads labels sorted by skill into stems, counting how many skills use each stem.
	 * @return the labels read, in the same order
	 */
	private List<Read> read(List<Label> sorted, Decompounder decompounder) {
		var read = new ArrayList<Read>(sorted.size());
		for (var label : sorted) {
			read.add(read(label, decompounder));
		}
		return read;
	}

	private Read read(Label label, Decompounder decompounder) {
		var units = Reading.of(label.text(), language, decompounder, forms);
		var verb = (int) units.stream().takeWhile(unit -> unit.word().start() == units.get(0).word().start()).count();
		var stemsOfLabel = units.stream().map(Reading.Unit::stem).toList();
		stemsOfLabel.forEach(stem -> skills.count(stem, label.uri()));
		return new Read(stemsOfLabel, verb);
	}

	/**
	 * The best candidate for each run of stems: each whole label, and a skill label
	 * without its verb when what remains names the skill.
	 */
	private Map<String, PhraseCandidates.Candidate> candidates(List<Label> sorted, List<Read> read) {
		var candidates = new PhraseCandidates(skills);
		for (int k = 0; k < sorted.size(); k++) {
			candidates.offer(sorted.get(k), read.get(k).stems(), read.get(k).verb());
		}
		return candidates.best();
	}

	/**
	 * Enters a run of stems and what it names; a run of a few stems also under its rarest
	 * stem, to be found with its words apart.
	 */
	private void index(String key, PhraseCandidates.Candidate candidate, Map<String, Entry> phrases,
			Map<String, List<Loose>> loose) {
		phrases.put(key, new Entry(candidate.uri(), candidate.capitalised()));
		var parts = key.split(" ");
		if (parts.length > 1 && parts.length <= PhraseIndex.MOST_LOOSE) {
			var anchor = Arrays.stream(parts).min(Comparator.comparingInt(skills::of)).orElseThrow();
			loose.computeIfAbsent(anchor, any -> new ArrayList<>()).add(new Loose(parts, candidate.uri()));
		}
	}

	/** A label read: its stems and how many of them its first word gave. */
	private record Read(List<String> stems, int verb) {
	}

}
