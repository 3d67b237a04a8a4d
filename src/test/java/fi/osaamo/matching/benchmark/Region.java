package fi.osaamo.matching.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import fi.osaamo.matching.engine.Profile;
import fi.osaamo.matching.engine.Requirement;
import fi.osaamo.matching.engine.SkillGraph;

/**
 * A generated region, reproducible from a seed: people whose skills come from ESCO
 * occupations (a random 60 % of an occupation's essential skills, levels 1–5, plus two to
 * four unrelated "noise" skills), job tasks made from occupations (up to eight of the
 * essential skills, three of them must-have, and the occupation itself), and studies
 * teaching a few skills of an occupation.
 */
final class Region {

	static final double SHARE_OF_ESSENTIALS = 0.6;

	final SkillGraph graph;

	final List<String> occupations;

	final UUID[] people;

	final Profile[] profiles;

	/**
	 * The occupation each person's profile was drawn from, as an index into occupations.
	 */
	final int[] sourceOccupation;

	final Requirement[] jobs;

	/** The occupation each job was made from. */
	final int[] jobOccupation;

	final Study[] studies;

	Region(SkillGraph graph, int peopleCount, int jobCount, int studyCount, long seed) {
		this.graph = graph;
		var random = new Random(seed);
		this.occupations = graph.occupations()
			.stream()
			.filter(uri -> graph.essentialSkills(uri).length >= 8)
			.sorted()
			.toList();
		people = new UUID[peopleCount];
		profiles = new Profile[peopleCount];
		sourceOccupation = new int[peopleCount];
		for (int p = 0; p < peopleCount; p++) {
			var occupation = random.nextInt(occupations.size());
			sourceOccupation[p] = occupation;
			people[p] = new UUID(seed, p);
			profiles[p] = profile(occupation, random);
		}
		jobs = new Requirement[jobCount];
		jobOccupation = new int[jobCount];
		for (int j = 0; j < jobCount; j++) {
			// The first jobs cover every occupation once; the rest draw occupations
			// again.
			var occupation = j < occupations.size() ? j : random.nextInt(occupations.size());
			jobOccupation[j] = occupation;
			jobs[j] = job(occupation, random);
		}
		studies = new Study[studyCount];
		for (int s = 0; s < studyCount; s++) {
			var essentials = graph.essentialSkills(occupations.get(random.nextInt(occupations.size())));
			var taught = new HashSet<Integer>();
			for (int k = 0; k < 2 + random.nextInt(4); k++) {
				taught.add(essentials[random.nextInt(essentials.length)]);
			}
			studies[s] = new Study(taught.stream().mapToInt(Integer::intValue).sorted().toArray(),
					8 + random.nextInt(400), random.nextInt(4) == 0 ? 0 : 50 + random.nextInt(2000),
					random.nextInt(180));
		}
	}

	/**
	 * A new profile drawn from an occupation, as the people of the region are.
	 * @param occupation the occupation's index
	 * @param random the source of randomness
	 * @return the profile
	 */
	Profile profile(int occupation, Random random) {
		var essentials = graph.essentialSkills(occupations.get(occupation)).clone();
		shuffle(essentials, random);
		var take = (int) Math.round(essentials.length * SHARE_OF_ESSENTIALS);
		var noise = 2 + random.nextInt(3);
		var skills = new int[take + noise];
		var levels = new int[take + noise];
		for (int k = 0; k < take; k++) {
			skills[k] = essentials[k];
			levels[k] = 1 + random.nextInt(5);
		}
		for (int k = 0; k < noise; k++) {
			skills[take + k] = random.nextInt(graph.size());
			levels[take + k] = 1 + random.nextInt(5);
		}
		return Profile.of(skills, levels);
	}

	Requirement job(int occupation, Random random) {
		var essentials = graph.essentialSkills(occupations.get(occupation)).clone();
		shuffle(essentials, random);
		var builder = Requirement.builder();
		for (int k = 0; k < Math.min(8, essentials.length); k++) {
			builder.skill(essentials[k], 2 + random.nextInt(3), k < 3 ? 1.0 : 0.5, k < 3);
		}
		return builder.occupation(graph.essentialSkills(occupations.get(occupation))).build();
	}

	private static void shuffle(int[] values, Random random) {
		for (int i = values.length - 1; i > 0; i--) {
			var j = random.nextInt(i + 1);
			var swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	/**
	 * A study.
	 *
	 * @param skills the skills it teaches, sorted
	 * @param hours its duration
	 * @param euros its cost
	 * @param startsInDays when it starts, from today
	 */
	record Study(int[] skills, int hours, int euros, int startsInDays) {

		@Override
		public String toString() {
			return "Study" + Arrays.toString(skills);
		}

	}

	static List<Integer> indices(int size) {
		var list = new ArrayList<Integer>(size);
		for (int i = 0; i < size; i++) {
			list.add(i);
		}
		return list;
	}

}
