package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a contact person's details, every problem at once.
 */
final class ContactPersonChecks {

	// The HTML standard's pattern of a valid e-mail address, with a dot required in the
	// domain: an address without one cannot be reached from outside.
	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private ContactPersonChecks() {
	}

	static Checked checked(NewContactPerson person, LocalDate today) {
		var problems = new FormProblems();
		var checked = check(problems, person, today);
		problems.throwIfAny();
		return checked;
	}

	static Checked check(FormProblems problems, NewContactPerson person, LocalDate today) {
		var name = problems.read(() -> Checks.required(person.name(), "name", 200));
		var role = problems.read(() -> Checks.optional(person.role(), "role", 200));
		var phone = problems.read(() -> phone(person.phone()));
		var email = problems.read(() -> email(person.email()));
		var source = problems.read(() -> Checks.chosen(person.source(), "source"));
		var consentedOn = person.consent().isEmpty() ? null : problems.read(() -> consentedOn(person, today));
		checkOutreach(problems, person);
		return new Checked(name == null ? "" : name, role, phone, email, person.consent(), consentedOn,
				source == null ? ContactSource.TEAM : source);
	}

	/**
	 * Someone who agreed to outreach needs a phone or an e-mail address to be reached by.
	 */
	private static void checkOutreach(FormProblems problems, NewContactPerson person) {
		if (person.consent().contains(ConsentScope.BOT_OUTREACH) && blank(person.phone()) && blank(person.email())) {
			problems.check(() -> {
				throw new InvalidInputException("email", "companies.person.outreachNeedsAddress");
			});
		}
	}

	private static @Nullable String phone(@Nullable String typed) {
		var text = Checks.optional(typed, "phone", 40);
		return text == null ? null : Phones.normalised(text, "phone");
	}

	private static @Nullable String email(@Nullable String typed) {
		var text = Checks.optional(typed, "email", 254);
		if (text != null && !EMAIL.matcher(text).matches()) {
			throw new InvalidInputException("email", "validation.email");
		}
		return text;
	}

	private static LocalDate consentedOn(NewContactPerson person, LocalDate today) {
		var day = person.consentedOn();
		if (day == null) {
			throw new InvalidInputException("consentedOn", "companies.person.consentDateRequired");
		}
		if (day.isAfter(today)) {
			throw new InvalidInputException("consentedOn", "validation.dateInFuture");
		}
		return day;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * Details that passed the checks, tidied: the phone number in E.164 form, no consent
	 * day without consent.
	 */
	record Checked(String name, @Nullable String role, @Nullable String phone, @Nullable String email,
			Set<ConsentScope> consent, @Nullable LocalDate consentedOn, ContactSource source) {

		String[] consentNames() {
			return consent.stream().map(Enum::name).sorted().toArray(String[]::new);
		}

	}

}
