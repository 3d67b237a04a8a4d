package fi.osaamo.companies;

import java.time.LocalDate;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a contact-log entry, every problem at once.
 */
final class ContactChecks {

	private ContactChecks() {
	}

	static CheckedContact checked(NewContact contact, LocalDate today) {
		var problems = new FormProblems();
		var checked = check(problems, contact, today);
		problems.throwIfAny();
		return java.util.Objects.requireNonNull(checked);
	}

	static @Nullable CheckedContact check(FormProblems problems, NewContact contact, LocalDate today) {
		var occurredOn = problems.read(() -> occurredOn(contact.occurredOn(), today));
		var channel = problems.read(() -> Checks.chosen(contact.channel(), "channel"));
		var participants = problems.read(() -> Checks.required(contact.participants(), "participants", 500));
		var notes = problems.read(() -> Checks.optional(contact.notes(), "notes", 8000));
		var topics = problems.read(() -> Checks.optional(contact.topics(), "topics", 500));
		if (occurredOn == null || channel == null || participants == null) {
			return null;
		}
		return new CheckedContact(occurredOn, channel, participants, notes, topics, contact.confidential());
	}

	private static LocalDate occurredOn(@Nullable LocalDate day, LocalDate today) {
		var occurredOn = Checks.chosen(day, "occurredOn");
		if (occurredOn.isAfter(today)) {
			throw new InvalidInputException("occurredOn", "companies.contact.future");
		}
		return occurredOn;
	}

}
