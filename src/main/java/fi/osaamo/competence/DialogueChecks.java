package fi.osaamo.competence;

import java.time.LocalDate;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a development dialogue's fields, every problem at once.
 */
final class DialogueChecks {

	private DialogueChecks() {
	}

	/**
	 * Checks the fields of a dialogue HR records.
	 * @param heldOn the day it was held: required, not in the future
	 * @param agreed what was agreed: required
	 * @param nextSteps the next steps
	 * @param followUpOn when to follow up: not before the dialogue
	 * @param today today
	 * @return the problems found, for the caller to add its own to
	 */
	static FormProblems check(@Nullable LocalDate heldOn, @Nullable String agreed, @Nullable String nextSteps,
			@Nullable LocalDate followUpOn, LocalDate today) {
		var problems = new FormProblems();
		problems.check(() -> checkHeldOn(heldOn, today));
		problems.check(() -> checkAgreed(agreed));
		problems.check(() -> length("nextSteps", nextSteps));
		problems.check(() -> checkFollowUpOn(followUpOn, heldOn));
		return problems;
	}

	private static void checkHeldOn(@Nullable LocalDate heldOn, LocalDate today) {
		if (heldOn == null) {
			throw new InvalidInputException("heldOn", "validation.required");
		}
		if (heldOn.isAfter(today)) {
			throw new InvalidInputException("heldOn", "validation.dateInFuture");
		}
	}

	private static void checkAgreed(@Nullable String agreed) {
		if (agreed == null || agreed.isBlank()) {
			throw new InvalidInputException("agreed", "validation.required");
		}
		length("agreed", agreed);
	}

	private static void checkFollowUpOn(@Nullable LocalDate followUpOn, @Nullable LocalDate heldOn) {
		if (followUpOn != null && heldOn != null && followUpOn.isBefore(heldOn)) {
			throw new InvalidInputException("followUpOn", "validation.followUpBeforeDialogue");
		}
	}

	private static void length(String field, @Nullable String value) {
		if (value != null && value.strip().length() > DialogueManagement.MAX_TEXT) {
			throw new InvalidInputException(field, "validation.tooLong", DialogueManagement.MAX_TEXT);
		}
	}

}
