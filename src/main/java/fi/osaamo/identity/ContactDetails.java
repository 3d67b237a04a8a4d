package fi.osaamo.identity;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a person's name, e-mail address and phone number, each of them at once so
 * that a form can say everything that is wrong.
 */
public final class ContactDetails {

	static final int MAX_NAME = 100;

	static final int MAX_EMAIL = 254;

	static final int MAX_PHONE = 32;

	private ContactDetails() {
	}

	/**
	 * Checks contact details a person gives.
	 * @param person the details
	 * @throws InvalidInputException with every field that is not valid
	 */
	public static void check(NewPerson person) {
		var problems = basics(person);
		problems.check(() -> {
			if (person.phone() != null && !person.phone().isBlank()
					&& !person.phone().strip().matches("\\+?[0-9][0-9 ()-]{4,30}")) {
				throw new InvalidInputException("phone", "validation.phone");
			}
		});
		problems.throwIfAny();
	}

	/**
	 * Checks details that may come from elsewhere (an identity provider) with a phone
	 * number in a format of its own: they fit and the e-mail address is one.
	 * @param person the details
	 */
	static void checkRegistered(NewPerson person) {
		basics(person).throwIfAny();
	}

	private static FormProblems basics(NewPerson person) {
		var problems = new FormProblems();
		problems.check(() -> email(person.email()));
		problems.check(() -> length("givenName", person.givenName(), MAX_NAME));
		problems.check(() -> length("familyName", person.familyName(), MAX_NAME));
		problems.check(() -> length("email", person.email(), MAX_EMAIL));
		problems.check(() -> length("phone", person.phone(), MAX_PHONE));
		return problems;
	}

	private static void email(@Nullable String email) {
		if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new InvalidInputException("email", "validation.email");
		}
	}

	private static void length(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
	}

	/** A value cut to fit a column of the given length. */
	static @Nullable String truncate(@Nullable String value, int max) {
		return value == null ? null : value.length() <= max ? value : value.substring(0, max);
	}

}
