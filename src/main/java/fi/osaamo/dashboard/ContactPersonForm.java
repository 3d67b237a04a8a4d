package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;

import fi.osaamo.companies.ConsentScope;
import fi.osaamo.companies.ContactPerson;
import fi.osaamo.companies.ContactSource;
import fi.osaamo.companies.NewContactPerson;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The contact-person form as typed; kept as typed when the save is refused.
 *
 * @param name the person's name
 * @param role their role or title
 * @param phone their phone number
 * @param email their e-mail address
 * @param teamContact whether they agreed to contact by the growth team
 * @param botOutreach whether they agreed to outreach by the needs-mapping bot
 * @param consentedOn when they agreed, as typed
 * @param source where the details came from
 */
public record ContactPersonForm(String name, String role, String phone, String email, @Nullable Boolean teamContact,
		@Nullable Boolean botOutreach, String consentedOn, String source) {

	/** Absent fields read as empty. */
	public ContactPersonForm {
		name = name == null ? "" : name;
		role = role == null ? "" : role;
		phone = phone == null ? "" : phone;
		email = email == null ? "" : email;
		consentedOn = consentedOn == null ? "" : consentedOn.strip();
		source = source == null ? "" : source.strip();
	}

	static ContactPersonForm empty(LocalDate today) {
		return new ContactPersonForm("", "", "", "", false, false, today.toString(), ContactSource.TEAM.name());
	}

	static ContactPersonForm of(ContactPerson person) {
		return new ContactPersonForm(person.name(), text(person.role()), text(person.phoneShown()),
				text(person.email()), person.consents(ConsentScope.TEAM_CONTACT),
				person.consents(ConsentScope.BOT_OUTREACH),
				person.consentedOn() == null ? "" : person.consentedOn().toString(), person.source().name());
	}

	/**
	 * The details, keeping the problems of fields that cannot be read.
	 */
	NewContactPerson read(FormProblems problems) {
		var consent = EnumSet.noneOf(ConsentScope.class);
		if (Boolean.TRUE.equals(teamContact)) {
			consent.add(ConsentScope.TEAM_CONTACT);
		}
		if (Boolean.TRUE.equals(botOutreach)) {
			consent.add(ConsentScope.BOT_OUTREACH);
		}
		var from = problems.read(this::from);
		return new NewContactPerson(name, role, phone, email, consent, consent.isEmpty() ? null : day(problems), from);
	}

	private @Nullable LocalDate day(FormProblems problems) {
		try {
			return day();
		}
		catch (InvalidInputException ex) {
			problems.check(() -> {
				throw ex;
			});
			// The day's own problem is kept; a stand-in keeps the checks from adding that
			// it is missing. Nothing is saved while a problem is kept.
			return LocalDate.EPOCH;
		}
	}

	private @Nullable LocalDate day() {
		try {
			return consentedOn.isEmpty() ? null : LocalDate.parse(consentedOn);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("consentedOn", "validation.date");
		}
	}

	private ContactSource from() {
		try {
			return ContactSource.valueOf(source.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("source", "validation.choose");
		}
	}

	public boolean consents(String scope) {
		return Boolean.TRUE.equals(scope.equals("teamContact") ? teamContact : botOutreach);
	}

	public ContactSource[] sources() {
		return ContactSource.values();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
