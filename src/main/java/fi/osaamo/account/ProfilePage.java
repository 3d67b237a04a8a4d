package fi.osaamo.account;

import java.util.List;

import fi.osaamo.identity.AccessLogEntry;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.organisation.Membership;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's own page.
 *
 * @param person their personal data
 * @param memberships their organisations and roles
 * @param accessLog who has looked at or changed their data
 * @param form the editable details
 * @param occupationLabel the chosen occupation's name, if any
 * @param error what was wrong with the last save
 */
public record ProfilePage(PersonalData person, List<Membership> memberships, List<AccessLogEntry> accessLog,
		ProfileForm form, @Nullable String occupationLabel, @Nullable InvalidInputException error) {

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

}
