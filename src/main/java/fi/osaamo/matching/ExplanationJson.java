package fi.osaamo.matching;

import java.util.List;

/**
 * The parts of a score, as the matching API answers them.
 *
 * @param matched skills at or above the required level
 * @param partial skills at a lower level, or met by a related skill
 * @param missing skills lacking
 * @param text the explanation in the caller's language
 */
record ExplanationJson(List<GapItem> matched, List<GapItem> partial, List<GapItem> missing, String text) {

	static ExplanationJson of(Gap gap, String text) {
		return new ExplanationJson(gap.matched(), gap.partial(), gap.missing(), text);
	}

}
