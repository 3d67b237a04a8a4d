package fi.osaamo.competence.mydata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.osaamo.competence.ContactRequest;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.competence.ViewLogEntry;
import org.jspecify.annotations.Nullable;

/**
 * What a person shares, as they read it on the My data page: organisations by name, the
 * occupation by its label and the municipality by its name.
 *
 * @param grants the sections shared with organisations
 * @param views who looked at the shared sections
 * @param visibility their opt-in to a city's growth team, if any
 * @param requests the growth team's requests to contact them
 */
public record MySharing(List<Grant> grants, List<ViewLogEntry> views, @Nullable Visibility visibility,
		List<Request> requests) {

	/**
	 * A section shared with an organisation.
	 *
	 * @param organisation its name
	 * @param section the section
	 * @param grantedAt since when
	 * @param expiresOn until when, if set
	 * @param endedOn when it ended as the person left, if it did
	 */
	public record Grant(String organisation, Section section, Instant grantedAt, @Nullable LocalDate expiresOn,
			@Nullable LocalDate endedOn) {
	}

	/**
	 * Visibility to a city's growth team.
	 *
	 * @param city the city's name
	 * @param sections what the team sees
	 * @param expiresOn until when, if set
	 * @param situation the situation told, if any
	 * @param municipality the name of where they look for work, if told
	 * @param occupation the label of the work they look for, if told
	 */
	public record Visibility(String city, List<Section> sections, @Nullable LocalDate expiresOn,
			TalentProfile.@Nullable Situation situation, @Nullable String municipality, @Nullable String occupation) {
	}

	/**
	 * A request of a growth team to contact the person.
	 *
	 * @param city the team's city
	 * @param message what they wrote
	 * @param status where it stands
	 * @param sentAt when it was sent
	 * @param answeredAt when the person answered
	 */
	public record Request(String city, String message, ContactRequest.Status status, Instant sentAt,
			@Nullable Instant answeredAt) {
	}

}
