package fi.osaamo.competence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A development dialogue.
 *
 * @param id its id
 * @param organisation the company's name
 * @param recordedBy the pseudonym of who recorded it
 * @param heldOn when it was held
 * @param agreed what was agreed
 * @param nextSteps the next steps
 * @param followUpOn when to follow up
 * @param planItems the items of the development plan it was about, as they were called
 * then
 * @param comments the comments, oldest first
 */
public record Dialogue(UUID id, String organisation, String recordedBy, LocalDate heldOn, String agreed,
		@Nullable String nextSteps, @Nullable LocalDate followUpOn, List<String> planItems, List<Comment> comments) {

	/**
	 * A comment on a dialogue.
	 *
	 * @param author the author's pseudonym
	 * @param text what they wrote
	 * @param at when
	 */
	public record Comment(String author, String text, Instant at) {
	}

}
