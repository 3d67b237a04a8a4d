package fi.osaamo.jobs;

import java.util.HashSet;
import java.util.List;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a job task's fields before they are saved and tidies them: blank text becomes
 * nothing, and a task without a municipality keeps the one it has or gets its company's
 * home municipality.
 */
@Component
class JobDrafts {

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final OrganisationManagement organisations;

	JobDrafts(TaxonomyManagement taxonomy, ClassificationManagement classifications,
			OrganisationManagement organisations) {
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.organisations = organisations;
	}

	/**
	 * The draft as it is saved.
	 * @param draft the fields as given
	 * @param company the task's company
	 * @param current the task's municipality now, or {@code null} for a new task
	 * @return the tidied draft
	 * @throws InvalidInputException if a field is not valid
	 */
	JobDraft check(JobDraft draft, OrganisationId company, @Nullable String current) {
		var problems = new FormProblems();
		var title = draft.title() == null ? "" : draft.title().strip();
		problems.check(() -> {
			if (title.isEmpty()) {
				throw new InvalidInputException("title", "validation.required");
			}
			length("title", title, JobManagement.MAX_TITLE);
		});
		problems.check(() -> length("description", draft.description(), JobManagement.MAX_DESCRIPTION));
		problems.check(() -> length("location", draft.location(), JobManagement.MAX_TITLE));
		var occupation = blank(draft.occupationUri());
		problems.check(() -> {
			if (occupation != null && !taxonomy.isOccupation(occupation)) {
				throw new InvalidInputException("occupation", "validation.unknownOccupation", occupation);
			}
		});
		var municipality = problems.read(() -> municipality(draft.municipalityCode(), company, current));
		problems.check(() -> checkPeriod(draft));
		problems.check(() -> checkStart(draft));
		problems.check(() -> checkSkills(draft.requiredSkills()));
		problems.throwIfAny();
		return new JobDraft(title, blank(draft.description()), occupation, blank(draft.location()), municipality,
				draft.applyFrom(), draft.applyTo(), draft.startDate(), draft.status(), draft.requiredSkills());
	}

	private @Nullable String municipality(@Nullable String given, OrganisationId company, @Nullable String current) {
		var code = blank(given);
		if (code == null) {
			return current != null ? current
					: organisations.find(company).map(found -> found.municipalityCode()).orElse(null);
		}
		if (classifications.municipality(code, Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.unknownMunicipality", code);
		}
		return code;
	}

	private static void checkPeriod(JobDraft draft) {
		if (draft.applyFrom() != null && draft.applyTo() != null && draft.applyTo().isBefore(draft.applyFrom())) {
			throw new InvalidInputException("applyTo", "validation.periodEndsBeforeStart");
		}
	}

	private static void checkStart(JobDraft draft) {
		if (draft.startDate() != null && draft.applyTo() != null && draft.startDate().isBefore(draft.applyTo())) {
			throw new InvalidInputException("startDate", "validation.startBeforePeriodEnds");
		}
	}

	private void checkSkills(List<RequiredSkill> skills) {
		if (skills.size() > JobManagement.MAX_SKILLS) {
			throw new InvalidInputException("requiredSkills", "validation.tooManySkills", JobManagement.MAX_SKILLS);
		}
		var seen = new HashSet<String>();
		for (var skill : skills) {
			if (skill.skillUri() == null || !taxonomy.isSkill(skill.skillUri())) {
				throw new InvalidInputException("requiredSkills", "validation.unknownSkill", skill.skillUri());
			}
			if (skill.level() < 1 || skill.level() > 5) {
				throw new InvalidInputException("requiredSkills", "validation.level");
			}
			if (!(skill.weight() > 0 && skill.weight() <= 10)) {
				throw new InvalidInputException("requiredSkills", "validation.weight");
			}
			if (!seen.add(skill.skillUri())) {
				throw new InvalidInputException("requiredSkills", "validation.duplicateSkill", skill.skillUri());
			}
		}
	}

	private static void length(String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
