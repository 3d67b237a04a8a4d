package fi.osaamo.jobs;

import java.math.BigDecimal;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The form that adds a required skill to a job task or changes one; kept as typed when it
 * is refused.
 *
 * @param uri the chosen ESCO skill
 * @param q what was typed to find it
 * @param level the minimum level, 1–5
 * @param importance must-have or nice-to-have
 * @param weight how much it counts, as typed
 * @param version the version of the task the user saw
 */
public record RequiredSkillForm(@Nullable String uri, @Nullable String q, @Nullable String level,
		@Nullable String importance, @Nullable String weight, @Nullable Integer version) {

	static RequiredSkillForm empty() {
		return new RequiredSkillForm("", "", "3", Importance.MUST.name(), "1", null);
	}

	static RequiredSkillForm of(RequiredSkill skill) {
		return new RequiredSkillForm(skill.skillUri(), "", String.valueOf(skill.level()), skill.importance().name(),
				BigDecimal.valueOf(skill.weight()).stripTrailingZeros().toPlainString(), null);
	}

	/**
	 * The required skill the form describes.
	 * @return the skill
	 * @throws InvalidInputException with every field that is not valid
	 */
	RequiredSkill toSkill() {
		var problems = new FormProblems();
		problems.check(() -> {
			if (uri == null || uri.isBlank()) {
				throw new InvalidInputException("uri", "validation.chooseSkill");
			}
		});
		var minimum = problems.read(this::minimumLevel);
		var chosen = problems.read(this::chosenImportance);
		var counts = problems.read(this::parsedWeight);
		problems.throwIfAny();
		return new RequiredSkill(String.valueOf(uri), minimum, chosen, counts);
	}

	/** The version the user saw, or -1 when the form did not say. */
	int seenVersion() {
		return version == null ? -1 : version;
	}

	public boolean levelIs(int candidate) {
		return String.valueOf(candidate).equals(level);
	}

	public boolean importanceIs(Importance candidate) {
		return candidate.name().equals(importance);
	}

	private int minimumLevel() {
		try {
			var parsed = Integer.parseInt(String.valueOf(level).strip());
			if (parsed >= 1 && parsed <= 5) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new InvalidInputException("level", "validation.level");
	}

	private Importance chosenImportance() {
		for (var candidate : Importance.values()) {
			if (importanceIs(candidate)) {
				return candidate;
			}
		}
		throw new InvalidInputException("importance", "validation.importance");
	}

	private double parsedWeight() {
		try {
			var parsed = Double.parseDouble(String.valueOf(weight).strip().replace(',', '.'));
			if (parsed > 0 && parsed <= 10) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new InvalidInputException("weight", "validation.weight");
	}

}
