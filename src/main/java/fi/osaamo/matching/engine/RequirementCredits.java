package fi.osaamo.matching.engine;

/**
 * The per-thread working arrays for one required skill of a {@link RankingScratch}
 * ranking, indexed by slot: the best credit each person earns for it, by the skill itself
 * or a related one, and who was credited.
 */
final class RequirementCredits {

	private float[] credit = new float[0];

	private int[] direct = new int[0];

	private int[] touched = new int[0];

	private int count;

	void resize(int size) {
		credit = new float[size];
		direct = new int[size];
		touched = new int[size];
	}

	/**
	 * Credits for one required skill everyone who has it or a related skill, stamping
	 * them with the requirement's number: positive for the skill itself, negative for a
	 * related one.
	 */
	void credit(int skill, int required, int stamp, Postings postings, SkillGraph graph) {
		count = 0;
		creditDirect(postings.people(skill), postings.levels(skill), postings.size(skill), required, stamp);
		for (var related : graph.related(skill)) {
			creditRelated(postings.people(related), postings.levels(related), postings.size(related), required, stamp);
		}
	}

	/** How many people the last required skill credited. */
	int count() {
		return count;
	}

	/** The slot of the {@code t}-th person credited. */
	int person(int t) {
		return touched[t];
	}

	/** A person's credit, cleared for the next required skill. */
	float take(int p) {
		var c = credit[p];
		credit[p] = 0;
		return c;
	}

	void clear(int p) {
		direct[p] = 0;
	}

	private void creditDirect(int[] people, byte[] levels, int n, int required, int stamp) {
		for (int k = 0; k < n; k++) {
			var p = people[k];
			var level = levels[k];
			credit[p] = level >= required ? 1f : level / (float) required;
			direct[p] = stamp;
			touched[count++] = p;
		}
	}

	/**
	 * Credits the people with a related skill, unless they have the required skill
	 * itself; a person with several related skills keeps the best credit.
	 */
	private void creditRelated(int[] people, byte[] levels, int n, int required, int stamp) {
		for (int k = 0; k < n; k++) {
			var p = people[k];
			if (direct[p] != stamp) {
				creditRelated(p, Scorer.RELATED_CREDIT * Math.min(1f, levels[k] / (float) required), stamp);
			}
		}
	}

	private void creditRelated(int p, float c, int stamp) {
		if (direct[p] != -stamp) {
			direct[p] = -stamp;
			credit[p] = c;
			touched[count++] = p;
		}
		else if (c > credit[p]) {
			credit[p] = c;
		}
	}

}
