package fi.osaamo.companies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A logged contact as the viewer may see it.
 *
 * @param id its id
 * @param occurredOn when it happened
 * @param channel how
 * @param participants who took part
 * @param notes what was said; {@code null} where it is confidential and the viewer may
 * not read it
 * @param topics what it was about
 * @param confidential whether its notes are confidential
 * @param hidden whether the notes are withheld from this viewer
 * @param author who logged it
 * @param loggedAt when
 * @param correctedAt when it was last corrected, if it was
 * @param version for optimistic locking
 */
public record ContactEntry(UUID id, LocalDate occurredOn, Channel channel, String participants, @Nullable String notes,
		List<String> topics, boolean confidential, boolean hidden, PersonId author, Instant loggedAt,
		@Nullable Instant correctedAt, int version) {

	/**
	 * Whether the viewer may correct the entry: whoever may read its notes may.
	 * @return whether they may
	 */
	public boolean correctable() {
		return !hidden;
	}

	/**
	 * The topics as they are typed: separated by commas.
	 * @return the topics
	 */
	public String topicsText() {
		return String.join(", ", topics);
	}

}
