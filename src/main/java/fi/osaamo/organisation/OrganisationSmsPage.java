package fi.osaamo.organisation;

import java.time.ZoneId;
import java.time.format.TextStyle;

import fi.osaamo.messaging.SmsSettings;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * The page of an organisation's text-message settings: what is in force and the form that
 * changes it.
 *
 * @param organisation the organisation
 * @param saved the settings in force
 * @param form the fields, as saved or as typed
 * @param defaultSender the platform's sender id, used when the organisation has none
 * @param zone the time zone of quiet hours
 * @param error what was wrong with the last save
 */
public record OrganisationSmsPage(Organisation organisation, SmsSettings saved, OrganisationSmsForm form,
		String defaultSender, ZoneId zone, @Nullable InvalidInputException error) {

	public @Nullable String sender() {
		return saved.senderId();
	}

	public boolean hasQuietHours() {
		return !saved.quietFrom().equals(saved.quietUntil());
	}

	/**
	 * The time zone's name in the page's language, with its id.
	 * @param language the page's language
	 * @return for example "Eastern European Time (Europe/Helsinki)"
	 */
	public String zoneName(Language language) {
		return zone.getDisplayName(TextStyle.FULL, language.locale()) + " (" + zone.getId() + ")";
	}

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	public @Nullable String invalid(String field) {
		return errorOn(field) ? "true" : null;
	}

	/**
	 * The ids of the elements that describe a field: its hint and, when it was refused,
	 * its error.
	 * @param field the field
	 * @param hint the id of its hint, if it has one
	 * @return the ids, or {@code null} when there are none
	 */
	public @Nullable String describedBy(String field, @Nullable String hint) {
		var ids = (hint == null ? "" : hint + " ") + (errorOn(field) ? field + "-error" : "");
		return ids.isBlank() ? null : ids.strip();
	}

}
