package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileIndexTests {

	@Test
	void rankingGivesTheScorersScoresBestFirst() {
		var random = new Random(7);
		var builder = SkillGraph.builder();
		for (int i = 0; i < 200; i++) {
			builder.skill("s" + i);
		}
		for (int i = 0; i < 150; i++) {
			builder.broader("s" + random.nextInt(200), "s" + random.nextInt(200));
			builder.related("s" + random.nextInt(200), "s" + random.nextInt(200));
		}
		for (int i = 0; i < 12; i++) {
			builder.essential("occupation", "s" + random.nextInt(200));
		}
		var graph = builder.build();
		var scorer = new Scorer(graph);
		var index = new ProfileIndex(scorer);
		var people = new ArrayList<UUID>();
		var profiles = new ArrayList<Profile>();
		for (int p = 0; p < 2000; p++) {
			var skills = new int[3 + random.nextInt(10)];
			var levels = new int[skills.length];
			for (int k = 0; k < skills.length; k++) {
				skills[k] = random.nextInt(200);
				levels[k] = 1 + random.nextInt(5);
			}
			var person = new UUID(0, p);
			var profile = Profile.of(skills, levels);
			index.put(person, profile);
			people.add(person);
			profiles.add(profile);
		}
		for (int trial = 0; trial < 20; trial++) {
			var requirement = Requirement.builder();
			for (int k = 0; k < 2 + random.nextInt(6); k++) {
				requirement.skill(random.nextInt(200), 1 + random.nextInt(5), 0.5 + random.nextInt(2),
						random.nextBoolean());
			}
			if (trial % 2 == 0) {
				requirement.occupation(graph.essentialSkills("occupation"));
			}
			var built = requirement.build();
			var expected = new ArrayList<ProfileIndex.Ranked>();
			for (int p = 0; p < people.size(); p++) {
				var score = scorer.score(profiles.get(p), built);
				if (score > 0) {
					expected.add(new ProfileIndex.Ranked(people.get(p), score));
				}
			}
			expected.sort(Comparator.comparing(ProfileIndex.Ranked::score)
				.reversed()
				.thenComparing(ProfileIndex.Ranked::person));
			assertThat(index.rank(built, null, 25)).containsExactlyElementsOf(expected.subList(0, 25));
		}
	}

	@Test
	void aChangedProfileIsRankedByItsNewSkillsAndOnlySharersAreRankedForAnOrganisation() {
		var graph = SkillGraph.builder();
		graph.skill("welding");
		graph.skill("cooking");
		var built = graph.build();
		var index = new ProfileIndex(new Scorer(built));
		var welder = UUID.randomUUID();
		var cook = UUID.randomUUID();
		var company = UUID.randomUUID();
		index.put(welder, Profile.of(new int[] { built.id("welding") }, new int[] { 4 }));
		index.put(cook, Profile.of(new int[] { built.id("cooking") }, new int[] { 5 }));
		var welding = Requirement.builder().skill(built.id("welding"), 3, 1, true).build();
		assertThat(index.rank(welding, null, 10)).extracting(ProfileIndex.Ranked::person).containsExactly(welder);

		index.put(cook, Profile.of(new int[] { built.id("cooking"), built.id("welding") }, new int[] { 5, 3 }));
		index.put(welder, Profile.of(new int[] { built.id("welding") }, new int[] { 1 }));
		assertThat(index.rank(welding, null, 10)).extracting(ProfileIndex.Ranked::person).containsExactly(cook, welder);

		assertThat(index.rank(welding, company, 10)).isEmpty();
		index.share(welder, Set.of(company));
		assertThat(index.rank(welding, company, 10)).extracting(ProfileIndex.Ranked::person).containsExactly(welder);
		index.share(welder, Set.of());
		assertThat(index.rank(welding, company, 10)).isEmpty();

		// An older version read by a slower event handler does not replace a newer one.
		index.put(welder, Profile.of(new int[] { built.id("welding") }, new int[] { 5 }), 7);
		assertThat(index.put(welder, Profile.of(new int[] { built.id("cooking") }, new int[] { 5 }), 6)).isFalse();
		assertThat(index.profile(welder).levelOf(built.id("welding"))).isEqualTo(5);

		index.remove(cook);
		assertThat(index.rank(welding, null, 10)).extracting(ProfileIndex.Ranked::person).containsExactly(welder);
		assertThat(index.size()).isEqualTo(1);
		assertThat(List.of(index.postings())).containsExactly(1L);
	}

}
