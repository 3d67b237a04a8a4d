package fi.osaamo.account;

import java.util.List;

import fi.osaamo.identity.AccessLogEntry;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.organisation.Membership;

/**
 * The signed-in user's own page.
 *
 * @param person their personal data
 * @param memberships their organisations and roles
 * @param accessLog who has looked at or changed their data
 */
public record ProfilePage(PersonalData person, List<Membership> memberships, List<AccessLogEntry> accessLog) {
}
