package fi.osaamo.matching;

import java.util.List;

/**
 * The AI register.
 *
 * @param entries one per automated feature
 */
public record RegisterPage(List<Entry> entries) {

	/**
	 * One feature.
	 *
	 * @param feature the feature
	 * @param enabled whether it is on
	 * @param uses how often it has been used
	 * @param log its latest uses
	 */
	public record Entry(AutomatedFeature feature, boolean enabled, long uses, List<LogLine> log) {
	}

	/**
	 * One use as the register shows it.
	 *
	 * @param actor the pseudonym of who used it
	 * @param use the use
	 */
	public record LogLine(String actor, AiRegister.Use use) {
	}

}
