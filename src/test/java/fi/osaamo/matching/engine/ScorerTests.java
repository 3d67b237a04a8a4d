package fi.osaamo.matching.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorerTests {

	final SkillGraph graph = SkillGraph.builder()
		.broader("mig-welding", "welding")
		.related("welding", "metal-cutting")
		.essential("welder", "welding")
		.essential("welder", "metal-cutting")
		.essential("welder", "first-aid")
		.essential("welder", "blueprints")
		.build();

	final Scorer scorer = new Scorer(graph);

	@Test
	void aSkillAtTheRequiredLevelEarnsFullCreditALowerLevelItsShare() {
		var requirement = Requirement.builder()
			.skill(graph.id("welding"), 4, 1, true)
			.skill(graph.id("first-aid"), 2, 1, false)
			.build();
		var profile = Profile.of(new int[] { graph.id("welding"), graph.id("first-aid") }, new int[] { 2, 5 });
		// Weights: must 2, nice 1; credits 2/4 and 1 → (2 × 0.5 + 1) / 3.
		assertThat(scorer.score(profile, requirement)).isCloseTo(2f / 3, within(1e-6f));
		var explanation = scorer.explain(profile, requirement);
		assertThat(explanation.score()).isEqualTo(67);
		assertThat(explanation.items()).extracting(Explanation.Item::kind)
			.containsExactly(Explanation.Kind.LOWER_LEVEL, Explanation.Kind.MATCHED);
		assertThat(explanation.items().stream().mapToDouble(Explanation.Item::points).sum()).isCloseTo(66.67,
				within(0.01));
	}

	@Test
	void aRelatedSkillEarnsDiscountedCreditAndSaysHowItRelates() {
		var requirement = Requirement.builder().skill(graph.id("welding"), 3, 1, true).build();
		var narrower = Profile.of(new int[] { graph.id("mig-welding") }, new int[] { 5 });
		var explanation = scorer.explain(narrower, requirement);
		assertThat(explanation.items()).singleElement().satisfies(item -> {
			assertThat(item.kind()).isEqualTo(Explanation.Kind.RELATED);
			assertThat(item.via()).isEqualTo(graph.id("mig-welding"));
			assertThat(item.relation()).isEqualTo(SkillGraph.Relation.NARROWER);
			assertThat(item.credit()).isEqualTo(Scorer.RELATED_CREDIT);
		});
		assertThat(explanation.score()).isEqualTo(50);
		// A direct claim, even at a lower level, is what counts.
		var both = Profile.of(new int[] { graph.id("mig-welding"), graph.id("welding") }, new int[] { 5, 1 });
		assertThat(scorer.explain(both, requirement).items().get(0).kind()).isEqualTo(Explanation.Kind.LOWER_LEVEL);
	}

	@Test
	void occupationSimilarityCountsForItsShare() {
		var requirement = Requirement.builder()
			.skill(graph.id("welding"), 3, 1, true)
			.occupation(graph.essentialSkills("welder"))
			.build();
		var profile = Profile.of(new int[] { graph.id("welding"), graph.id("first-aid") }, new int[] { 3, 1 });
		// Skill score 1; two shared skills of 2 and 4: cosine 2 / √8. 0.7 + 0.3 × 0.7071.
		assertThat(scorer.score(profile, requirement)).isCloseTo(0.7f + 0.3f * (float) (2 / Math.sqrt(8)),
				within(1e-6f));
		var explanation = scorer.explain(profile, requirement);
		assertThat(explanation.occupationShared()).isEqualTo(2);
		assertThat(explanation.occupationSkills()).isEqualTo(4);
		assertThat(explanation.items().get(0).points()).isCloseTo(70f, within(1e-4f));
		assertThat(explanation.occupationPoints()).isCloseTo(30f * (float) (2 / Math.sqrt(8)), within(1e-4f));
	}

	@Test
	void unknownAndMissingSkillsEarnNothing() {
		var requirement = Requirement.builder()
			.skill(-1, 3, 1, true)
			.skill(graph.id("blueprints"), 2, 1, false)
			.build();
		var profile = Profile.of(new int[] { graph.id("first-aid") }, new int[] { 5 });
		assertThat(scorer.score(profile, requirement)).isZero();
		assertThat(scorer.explain(profile, requirement).items()).extracting(Explanation.Item::kind)
			.containsOnly(Explanation.Kind.MISSING);
	}

}
