package fi.osaamo.competence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The form HR records a development dialogue with; kept as typed when it is refused.
 *
 * @param heldOn the day of the dialogue, as {@code yyyy-MM-dd}
 * @param agreed what was agreed
 * @param nextSteps the next steps
 * @param followUpOn the day to follow up, as {@code yyyy-MM-dd}, or blank
 * @param plan the chosen plan items, as {@code STUDY:<id>} or {@code JOB:<id>}
 */
public record DialogueForm(@Nullable String heldOn, @Nullable String agreed, @Nullable String nextSteps,
		@Nullable String followUpOn, @Nullable List<String> plan) {

	static DialogueForm empty() {
		return new DialogueForm(LocalDate.now().toString(), "", "", "", List.of());
	}

	public boolean chosen(String item) {
		return plan != null && plan.contains(item);
	}

	List<String> planItems() {
		return plan == null ? List.of() : plan;
	}

	@Nullable LocalDate heldOnDate() {
		return date("heldOn", heldOn);
	}

	@Nullable LocalDate followUpDate() {
		return date("followUpOn", followUpOn);
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "validation.date");
		}
	}

}
