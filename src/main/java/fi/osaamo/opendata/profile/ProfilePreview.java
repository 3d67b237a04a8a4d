package fi.osaamo.opendata.profile;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a Työmarkkinatori profile export would add to a competence mapping, shown before
 * the person confirms it.
 *
 * @param skills the ESCO skills found, each once
 * @param educations the educations
 * @param employments the work history
 * @param rejected what could not be read, and why
 */
public record ProfilePreview(List<Skill> skills, List<Entry> educations, List<Entry> employments,
		List<Rejected> rejected) {

	public boolean isEmpty() {
		return skills.isEmpty() && educations.isEmpty() && employments.isEmpty();
	}

	/**
	 * A skill.
	 *
	 * @param uri its ESCO URI
	 * @param label its label in the reader's language
	 * @param provenance where the profile says it comes from: WORK, EDUCATION or OTHER
	 * @param alreadyMapped whether the mapping already has it (it is then left as it is)
	 */
	public record Skill(String uri, String label, String provenance, boolean alreadyMapped) {
	}

	/**
	 * An education or a job.
	 *
	 * @param title what
	 * @param organisation where
	 * @param startYear from
	 * @param endYear to
	 */
	public record Entry(String title, @Nullable String organisation, @Nullable Integer startYear,
			@Nullable Integer endYear) {
	}

	/**
	 * Something the import leaves out.
	 *
	 * @param what which part
	 * @param reasonKey why, as a message key
	 * @param detail the value
	 */
	public record Rejected(String what, String reasonKey, @Nullable String detail) {
	}

}
