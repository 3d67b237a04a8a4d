package fi.osaamo.account;

import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The profile form's fields as submitted.
 */
public record ProfileForm(@Nullable String givenName, @Nullable String familyName, @Nullable String email,
		@Nullable String phone, @Nullable String jobTitle, @Nullable String occupation,
		@Nullable String occupationQuery, @Nullable String workName) {

	static ProfileForm of(PersonalData person, WorkProfile work, @Nullable String workName) {
		return new ProfileForm(person.givenName(), person.familyName(), person.email(), person.phone(), work.jobTitle(),
				work.occupationUri(), "", workName);
	}

	public String value(@Nullable String value) {
		return value == null ? "" : value;
	}

	NewPerson toPerson() {
		return new NewPerson(givenName, familyName, email, phone);
	}

}
