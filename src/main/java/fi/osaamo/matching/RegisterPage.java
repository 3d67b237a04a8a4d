package fi.osaamo.matching;

import org.jspecify.annotations.Nullable;

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
	 * @param actor who used it: by the name they gave for their work when they used it at
	 * work, otherwise by pseudonym
	 * @param jobTitle the title of the job task it was about, if it was about one that
	 * still exists
	 * @param use the use
	 */
	public record LogLine(String actor, @Nullable String jobTitle, AiRegister.Use use) {

		public boolean aboutThemselves() {
			return "person:self".equals(use.subject());
		}

	}

}
