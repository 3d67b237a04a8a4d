package fi.osaamo.matching.engine;

import java.util.List;
import java.util.UUID;

import fi.osaamo.matching.engine.ProfileIndex.Ranked;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the people of a {@link ProfileIndex} for a requirement through the postings, in
 * working arrays kept per thread. The caller holds the index's read lock.
 */
final class Ranker {

	private final ProfileSlots slots;

	private final SharingBits sharing;

	private final SkillGraph graph;

	private final ThreadLocal<RankingScratch> scratch = ThreadLocal.withInitial(RankingScratch::new);

	Ranker(ProfileSlots slots, SharingBits sharing, SkillGraph graph) {
		this.slots = slots;
		this.sharing = sharing;
		this.graph = graph;
	}

	List<Ranked> rank(Requirement requirement, @Nullable UUID organisation, int limit) {
		var s = scratch.get();
		s.ensure(slots.capacity());
		var eligible = organisation == null ? null : sharing.of(organisation);
		if (organisation != null && eligible == null) {
			return List.of();
		}
		s.creditRequirements(requirement, slots.postings(), graph);
		s.countShared(requirement.occupationSkills(), slots.postings());
		return new RankingHeap(slots, requirement, limit).collect(s, eligible);
	}

}
