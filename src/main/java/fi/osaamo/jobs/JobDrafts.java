package fi.osaamo.jobs;

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

	private final RequiredSkillChecks skills;

	JobDrafts(TaxonomyManagement taxonomy, ClassificationManagement classifications,
			OrganisationManagement organisations, RequiredSkillChecks skills) {
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.organisations = organisations;
		this.skills = skills;
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
		var title = checkTexts(problems, draft);
		var occupation = blank(draft.occupationUri());
		problems.check(() -> checkOccupation(occupation));
		var municipality = problems.read(() -> municipality(draft.municipalityCode(), company, current));
		checkDates(problems, draft);
		problems.check(() -> skills.check(draft.requiredSkills()));
		problems.throwIfAny();
		return new JobDraft(title, blank(draft.description()), occupation, blank(draft.location()), municipality,
				draft.applyFrom(), draft.applyTo(), draft.startDate(), draft.status(), draft.requiredSkills());
	}

	/** Checks the title, description and location, and returns the title stripped. */
	private static String checkTexts(FormProblems problems, JobDraft draft) {
		var title = draft.title() == null ? "" : draft.title().strip();
		problems.check(() -> {
			if (title.isEmpty()) {
				throw new InvalidInputException("title", "validation.required");
			}
			length("title", title, JobManagement.MAX_TITLE);
		});
		problems.check(() -> length("description", draft.description(), JobManagement.MAX_DESCRIPTION));
		problems.check(() -> length("location", draft.location(), JobManagement.MAX_TITLE));
		return title;
	}

	private void checkOccupation(@Nullable String occupation) {
		if (occupation != null && !taxonomy.isOccupation(occupation)) {
			throw new InvalidInputException("occupation", "validation.unknownOccupation", occupation);
		}
	}

	private static void checkDates(FormProblems problems, JobDraft draft) {
		problems.check(() -> checkPeriod(draft));
		problems.check(() -> checkStart(draft));
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

	private static void length(String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
