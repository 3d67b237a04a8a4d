package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import fi.osaamo.matching.engine.ProfileIndex.Ranked;
import org.jspecify.annotations.Nullable;

/**
 * Scores the people one ranking of a {@link ProfileIndex} touched, keeping the best in a
 * bounded heap, and clears the scratch for the next ranking.
 */
final class RankingHeap {

	/** The worst of the best first, so that a bounded heap drops it. */
	private static final Comparator<Ranked> WORST_FIRST = (a, b) -> a.score() != b.score()
			? Float.compare(a.score(), b.score()) : b.person().compareTo(a.person());

	private static final Comparator<Ranked> BEST_FIRST = (a, b) -> a.score() != b.score()
			? Float.compare(b.score(), a.score()) : a.person().compareTo(b.person());

	private final ProfileSlots slots;

	private final int limit;

	private final float total;

	private final int occupationSize;

	private final PriorityQueue<Ranked> heap;

	RankingHeap(ProfileSlots slots, Requirement requirement, int limit) {
		this.slots = slots;
		this.limit = limit;
		this.total = requirement.totalWeight();
		this.occupationSize = requirement.occupationSkills().length;
		this.heap = new PriorityQueue<>(Math.max(1, limit + 1), WORST_FIRST);
	}

	/**
	 * The best of the people touched.
	 * @param s the scratch of the ranking
	 * @param eligible the slots that may be ranked, or {@code null} for all
	 * @return the people, best first; people with a score of 0 are left out
	 */
	List<Ranked> collect(RankingScratch s, @Nullable BitSet eligible) {
		for (int t = 0; t < s.touchedCount; t++) {
			var p = s.touched[t];
			if (eligible == null || eligible.get(p)) {
				offer(p, s.score(p, total, slots.profile(p).size(), occupationSize));
			}
			s.clear(p);
		}
		s.touchedCount = 0;
		return best();
	}

	private List<Ranked> best() {
		var ranked = new ArrayList<>(heap);
		ranked.sort(BEST_FIRST);
		return ranked;
	}

	private void offer(int p, float score) {
		// Only a score that can enter the top is turned into an object.
		if (score > 0 && (heap.size() < limit || score >= heap.peek().score())) {
			heap.add(new Ranked(slots.person(p), score));
			if (heap.size() > limit) {
				heap.poll();
			}
		}
	}

}
