package fi.osaamo.identity;

import org.jspecify.annotations.Nullable;

/**
 * What any module may know of a person: the id, the pseudonym, and the name they give for
 * their professional roles.
 *
 * @param id the person's id
 * @param pseudonym the generated pseudonym shown in place of the name where the person is
 * a subject of data (an employee's mapping, a talent)
 * @param workName the name shown to colleagues and counterparts where the person acts in
 * a professional role, or {@code null} if they have none
 */
public record PersonSummary(PersonId id, String pseudonym, @Nullable String workName) {

	public PersonSummary(PersonId id, String pseudonym) {
		this(id, pseudonym, null);
	}

	/**
	 * How the person is shown where they act in a professional role: by their work name,
	 * or by the pseudonym until they give one.
	 * @return the name
	 */
	public String atWork() {
		return workName == null ? pseudonym : workName;
	}

}
