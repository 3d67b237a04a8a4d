package fi.osaamo.matching.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Where a {@link StudyPath} plan stands: which of the missing skills the studies chosen
 * so far cover, and which studies are used.
 */
final class StudyCover {

	private final int[] wanted;

	private final BitSet covered;

	private final BitSet used;

	StudyCover(int[] missing, int options) {
		this.wanted = Arrays.stream(missing).distinct().sorted().toArray();
		this.covered = new BitSet(wanted.length);
		this.used = new BitSet(options);
	}

	boolean complete() {
		return covered.cardinality() >= wanted.length;
	}

	/**
	 * The unused study that covers the most still-missing skills per unit of cost.
	 * @param options the studies
	 * @return its position, or -1 when none covers any
	 */
	int best(List<StudyPath.Option> options) {
		var best = -1;
		var bestValue = 0.0;
		for (int o = 0; o < options.size(); o++) {
			var value = used.get(o) ? 0 : value(options.get(o));
			if (value > bestValue) {
				best = o;
				bestValue = value;
			}
		}
		return best;
	}

	/**
	 * Chooses a study, covering the skills it adds.
	 * @param index its position
	 * @param option the study
	 * @return the step
	 */
	StudyPath.Step take(int index, StudyPath.Option option) {
		var adds = adds(option.skills());
		used.set(index);
		for (var skill : adds) {
			covered.set(Arrays.binarySearch(wanted, skill));
		}
		return new StudyPath.Step(option, adds);
	}

	private double value(StudyPath.Option option) {
		var adds = adds(option.skills());
		return adds.length == 0 ? 0 : adds.length / StudyPath.cost(option);
	}

	private int[] adds(int[] skills) {
		var adds = new int[skills.length];
		int n = 0;
		for (var skill : skills) {
			var position = Arrays.binarySearch(wanted, skill);
			if (position >= 0 && !covered.get(position)) {
				adds[n++] = skill;
			}
		}
		return Arrays.copyOf(adds, n);
	}

}
