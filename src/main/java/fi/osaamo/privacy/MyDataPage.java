package fi.osaamo.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.osaamo.competence.ContactRequest;
import fi.osaamo.competence.Dialogue;
import fi.osaamo.competence.Education;
import fi.osaamo.competence.PlanItem;
import fi.osaamo.competence.PlanJob;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.competence.ViewLogEntry;
import fi.osaamo.competence.WorkExperience;
import fi.osaamo.identity.AccessLogEntry;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.matching.Suggestion;
import fi.osaamo.organisation.Membership;
import org.jspecify.annotations.Nullable;

/**
 * What Osaamo holds about a person, as they read it on the My data page: section by
 * section, skills and occupations by their labels in the reader's language, organisations
 * by name, without the ids and versions the download carries.
 *
 * @param personal who they are, where they work and what they have accepted
 * @param competence their competence mapping, its history and their development
 * @param sharing what they share and who has looked
 * @param jobs job tasks suggested to them or of interest to them
 */
public record MyDataPage(Personal personal, Competence competence, Sharing sharing, Jobs jobs) {

	/**
	 * Who the person is.
	 *
	 * @param identity their personal data, if the vault still has it
	 * @param jobTitle their job title in their own words
	 * @param occupation their occupation's label
	 * @param occupationUnknown whether an occupation is chosen that the taxonomy no
	 * longer names
	 * @param organisations their roles in organisations
	 * @param acceptances the privacy notice versions they accepted
	 * @param accessLog the latest looks at and changes of their personal data
	 */
	public record Personal(@Nullable PersonalData identity, @Nullable String jobTitle, @Nullable String occupation,
			boolean occupationUnknown, List<Membership> organisations, List<PrivacyManagement.Acceptance> acceptances,
			List<AccessLogEntry> accessLog) {

		/**
		 * Whether older events were left out of the access log shown.
		 * @return true if the download has more
		 */
		public boolean accessLogCut() {
			return accessLog.size() >= PersonalSection.ACCESS_LOG_SHOWN;
		}

	}

	/**
	 * The competence mapping and development.
	 *
	 * @param mapped whether they have a mapping
	 * @param summary its summary
	 * @param updatedAt when it last changed
	 * @param skills the skills claimed
	 * @param targets the skills to learn
	 * @param education education
	 * @param work work history
	 * @param history the dated levels, newest first
	 * @param plan the studies in the development plan
	 * @param planJobs the job tasks the plan aims at
	 * @param dialogues the development dialogues
	 */
	public record Competence(boolean mapped, @Nullable String summary, @Nullable Instant updatedAt, List<Skill> skills,
			List<Skill> targets, List<Education> education, List<WorkExperience> work, List<LevelChange> history,
			List<PlanItem> plan, List<PlanJob> planJobs, List<Dialogue> dialogues) {
	}

	/**
	 * A skill by its label, with what is known of it.
	 *
	 * @param label its label, or none if the taxonomy no longer has it
	 * @param level the level 1–5
	 * @param provenance where it comes from, if told
	 * @param reference what backs it, if anything
	 * @param date when it was shown or asserted, if known
	 * @param strength whether it is a strength
	 */
	public record Skill(@Nullable String label, int level, @Nullable Provenance provenance, @Nullable String reference,
			@Nullable LocalDate date, boolean strength) {
	}

	/**
	 * A level of a skill as it was asserted.
	 *
	 * @param label the skill's label, or none if the taxonomy no longer has it
	 * @param level the level 1–5
	 * @param provenance where it came from
	 * @param at when
	 */
	public record LevelChange(@Nullable String label, int level, Provenance provenance, Instant at) {
	}

	/**
	 * What the person shares.
	 *
	 * @param grants the sections shared with organisations
	 * @param views who looked at the shared sections
	 * @param visibility their opt-in to a city's growth team, if any
	 * @param requests the growth team's requests to contact them
	 */
	public record Sharing(List<Grant> grants, List<ViewLogEntry> views, @Nullable Visibility visibility,
			List<Request> requests) {
	}

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

	/**
	 * Job tasks and the person.
	 *
	 * @param suggestions suggestions that the person could take a task, with HR's
	 * decisions and the person's contests
	 * @param interests the titles of the tasks they are interested in
	 */
	public record Jobs(List<Suggestion> suggestions, List<String> interests) {
	}

}
