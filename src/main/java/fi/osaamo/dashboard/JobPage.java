package fi.osaamo.dashboard;

import java.util.List;

import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.CityCandidates;
import org.jspecify.annotations.Nullable;

/**
 * An open job task for the growth team: what it requires, who posted it and how to reach
 * them, the talents visible to the city who expressed interest, and the matching engine's
 * best candidates among them, each explained.
 *
 * @param task the task
 * @param details its skills by name, place, company and poster
 * @param interested pseudonymous talents visible to the city who expressed interest
 * @param hiddenInterest how many others expressed interest but are not visible to the
 * city
 * @param candidates the best candidates, or {@code null} when ranking is switched off
 * @param star the favourite star
 */
public record JobPage(JobTask task, Details details, List<Talent> interested, int hiddenInterest,
		@Nullable List<CityCandidates.Candidate> candidates, StarButton star) {

	/**
	 * A talent in a list.
	 *
	 * @param person the person's id, for the link
	 * @param pseudonym their pseudonym
	 */
	public record Talent(String person, String pseudonym) {
	}

	/**
	 * What the page says about the task besides its text.
	 *
	 * @param employer the company's name
	 * @param employerLink the company's page, if the company is in the register
	 * @param municipality where the work is, by name
	 * @param occupation its ESCO occupation, by name
	 * @param skills the skills it requires, in the reader's language
	 * @param poster who posted it, while they still are the company's HR specialist
	 */
	public record Details(String employer, @Nullable String employerLink, @Nullable String municipality,
			@Nullable String occupation, List<Skill> skills, @Nullable Poster poster) {
	}

	/**
	 * A skill the task requires.
	 *
	 * @param label its name
	 * @param level the minimum level, 1–5
	 * @param importance must-have or nice-to-have
	 */
	public record Skill(String label, int level, Importance importance) {
	}

	/**
	 * The HR specialist who posted the task, named because they act for the company.
	 *
	 * @param name their name, or their pseudonym when they have not given one
	 * @param named whether {@code name} is their name
	 * @param email their e-mail address
	 * @param phone their phone number
	 */
	public record Poster(String name, boolean named, @Nullable String email, @Nullable String phone) {
	}

}
