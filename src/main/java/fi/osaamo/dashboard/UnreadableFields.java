package fi.osaamo.dashboard;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Refuses a form whose values could not be read (a date or a choice a browser would not
 * send), with each such field's problem beside it. The form's other checks wait until its
 * values can be read, so that no field gets two problems.
 */
final class UnreadableFields {

	private UnreadableFields() {
	}

	static void refuse(BindingResult binding) {
		var problems = new FormProblems();
		binding.getFieldErrors().forEach(error -> problems.check(() -> {
			throw new InvalidInputException(error.getField(), "validation.unreadable");
		}));
		problems.throwIfAny();
	}

}
