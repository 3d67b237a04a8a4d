package fi.osaamo.matching.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.matching.engine.PhraseIndex.Label;

/**
 * The best label for each run of stems while a {@link PhraseIndex} is built: a whole
 * label wins over a label without its verb, a preferred label over an alternative one,
 * and a shorter label over a longer one.
 */
final class PhraseCandidates {

	private final Map<String, Candidate> best = new HashMap<>();

	private final StemSkills skills;

	PhraseCandidates(StemSkills skills) {
		this.skills = skills;
	}

	Map<String, Candidate> best() {
		return best;
	}

	/**
	 * Offers a label read as stems, and a skill label without its verb when what remains
	 * names the skill.
	 * @param label the label
	 * @param all its stems
	 * @param verb how many of them its first word gave
	 */
	void offer(Label label, List<String> all, int verb) {
		offer(all, new Candidate(label.uri(), label.preferred() ? 0 : 1, label.text().length(),
				all.size() == 1 && Character.isUpperCase(label.text().charAt(0))));
		var object = all.subList(verb, all.size());
		if (label.skill() && namesSkill(object)) {
			offer(object, new Candidate(label.uri(), 2, label.text().length(), false));
		}
	}

	/**
	 * Whether a verb's object names its skill: several words do; one word only when it is
	 * long and few skills use it.
	 */
	private boolean namesSkill(List<String> object) {
		return object.size() > 1 || object.size() == 1 && object.get(0).length() >= PhraseIndex.SHORTEST_OBJECT
				&& skills.of(object.get(0)) <= PhraseIndex.FEWEST_SKILLS;
	}

	// Alternative labels of one word are often everyday words ("experience", "plan").
	private void offer(List<String> stems, Candidate candidate) {
		if (stems.isEmpty() || stems.size() > PhraseIndex.MOST_UNITS || stems.size() == 1
				&& (stems.get(0).length() < PhraseIndex.SHORTEST_SINGLE || candidate.rank() == 1)) {
			return;
		}
		best.merge(String.join(" ", stems), candidate,
				(known, offered) -> Candidate.ORDER.compare(known, offered) <= 0 ? known : offered);
	}

	/**
	 * A label that may name a run of stems.
	 *
	 * @param uri the skill
	 * @param rank 0 for a preferred label, 1 for an alternative one, 2 without its verb
	 * @param length the label's length
	 * @param capitalised whether it names the skill only when written with a capital
	 */
	record Candidate(String uri, int rank, int length, boolean capitalised) {

		static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
			.thenComparingInt(Candidate::length)
			.thenComparing(Candidate::uri);

	}

}
