package fi.osaamo.jobs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * A job task's page.
 *
 * @param task the task
 * @param companyName its company
 * @param municipality the name of its municipality, if it has one
 * @param labels skill and occupation labels by URI
 * @param hr whether the viewer is an HR specialist of the company
 * @param interested whether the viewer has expressed interest
 * @param interests who is interested, for HR
 * @param skillForm the required-skill form, as HR typed it
 * @param editing the required skill HR is changing, or {@code null} when adding one
 * @param suggestions skills matching what HR typed, when no skill was chosen
 * @param error what was wrong with the last change
 */
public record JobDetailPage(JobTask task, String companyName, @Nullable String municipality,
		Map<String, ConceptRef> labels, boolean hr, boolean interested, List<Interest> interests,
		RequiredSkillForm skillForm, @Nullable String editing, List<ConceptMatch> suggestions,
		@Nullable InvalidInputException error) {

	public String label(@Nullable String uri) {
		if (uri == null) {
			return "";
		}
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public Importance[] importances() {
		return Importance.values();
	}

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	/**
	 * Where the error summary sends the reader for a field's problem.
	 * @param field the refused field
	 * @return the id of the element to focus
	 */
	public String anchor(String field) {
		return switch (field) {
			case "uri", "requiredSkills" -> editing == null ? "skill-q" : "required-level";
			case "level" -> "required-level";
			case "importance", "weight" -> field;
			case "job" -> "interest";
			default -> "add-required-skill";
		};
	}

	/**
	 * The link that opens a required skill for change.
	 * @param skill the skill
	 * @return the link
	 */
	public String editLink(RequiredSkill skill) {
		return "/jobs/" + task.id() + "?skill=" + URLEncoder.encode(skill.skillUri(), StandardCharsets.UTF_8)
				+ "#add-required-skill";
	}

}
