package fi.osaamo.matching.engine;

/**
 * The per-thread working arrays of a {@link ProfileIndex} ranking, indexed by slot: what
 * each person earns for the requirements and how many occupation skills they share. Only
 * the people touched are cleared after each ranking, so that a ranking costs what the
 * postings it reads cost and allocates nothing.
 */
final class RankingScratch {

	float[] earned = new float[0];

	int[] shared = new int[0];

	boolean[] seen = new boolean[0];

	int[] touched = new int[0];

	int touchedCount;

	private final RequirementCredits credits = new RequirementCredits();

	void ensure(int capacity) {
		if (earned.length < capacity) {
			var size = Math.max(capacity, earned.length * 2);
			earned = new float[size];
			shared = new int[size];
			seen = new boolean[size];
			touched = new int[size];
			credits.resize(size);
		}
	}

	/**
	 * Credits everyone who has a required skill or a skill related to it with the weight
	 * of the requirement times their best credit for it, as {@link Scorer#score} does.
	 * @param requirement what is required
	 * @param postings who has which skill
	 * @param graph how skills relate
	 */
	void creditRequirements(Requirement requirement, Postings postings, SkillGraph graph) {
		for (int i = 0; i < requirement.size(); i++) {
			var skill = requirement.skill(i);
			if (skill >= 0) {
				credits.credit(skill, requirement.level(i), i + 1, postings, graph);
				earn(requirement.weight(i));
			}
		}
	}

	/**
	 * Counts, for everyone who has one of an occupation's essential skills, how many of
	 * them they have.
	 * @param occupation the occupation's essential skills
	 * @param postings who has which skill
	 */
	void countShared(int[] occupation, Postings postings) {
		for (var skill : occupation) {
			var people = postings.people(skill);
			for (int k = 0, n = postings.size(skill); k < n; k++) {
				touch(people[k]);
				shared[people[k]]++;
			}
		}
	}

	/**
	 * A touched person's score, combined as {@link Scorer#score} does.
	 * @param p the person's slot
	 * @param total the requirement's total weight
	 * @param profileSize how many skills the person has
	 * @param occupationSize how many essential skills the occupation has
	 * @return the score 0–1
	 */
	float score(int p, float total, int profileSize, int occupationSize) {
		var skillScore = total == 0 ? 0 : earned[p] / total;
		return Scorer.combine(skillScore, Scorer.similarity(shared[p], profileSize, occupationSize),
				occupationSize > 0);
	}

	void clear(int p) {
		earned[p] = 0;
		shared[p] = 0;
		credits.clear(p);
		seen[p] = false;
	}

	private void earn(float weight) {
		for (int t = 0; t < credits.count(); t++) {
			var p = credits.person(t);
			touch(p);
			earned[p] += weight * credits.take(p);
		}
	}

	private void touch(int p) {
		if (!seen[p]) {
			seen[p] = true;
			touched[touchedCount++] = p;
		}
	}

}
