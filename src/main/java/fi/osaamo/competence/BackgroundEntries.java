package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a person's education and work history: an entry is added, changed in place
 * or removed, checked before anything is written, against the version the person read.
 */
@Service
public class BackgroundEntries {

	private final MappingRepository mappings;

	private final MappingEducationRepository education;

	private final MappingWorkRepository work;

	BackgroundEntries(MappingRepository mappings, MappingEducationRepository education, MappingWorkRepository work) {
		this.mappings = mappings;
		this.education = education;
		this.work = work;
	}

	/**
	 * Changes an education entry.
	 * @param person whose mapping
	 * @param id the entry
	 * @param title the degree
	 * @param institution where it was taken
	 * @param year when it was completed
	 * @param version the mapping's version the person read
	 * @return the new version
	 */
	@Transactional
	public int changeEducation(PersonId person, UUID id, String title, @Nullable String institution,
			@Nullable Integer year, int version) {
		checkEducation(title, institution, year);
		var next = mappings.bump(person, version);
		found(education.updateEducation(person, id, title.strip(), blankToNull(institution), year), id);
		return next;
	}

	/**
	 * Changes a work-history entry.
	 * @param person whose mapping
	 * @param id the entry
	 * @param title the job title
	 * @param employer the employer
	 * @param startYear the first year
	 * @param endYear the last year, or none while it goes on
	 * @param version the mapping's version the person read
	 * @return the new version
	 */
	@Transactional
	public int changeWork(PersonId person, UUID id, String title, @Nullable String employer,
			@Nullable Integer startYear, @Nullable Integer endYear, int version) {
		checkWork(title, employer, startYear, endYear);
		var next = mappings.bump(person, version);
		found(work.updateWork(person, id, title.strip(), blankToNull(employer), startYear, endYear), id);
		return next;
	}

	/** Saves the summary, in the caller's transaction; returns the new version. */
	int saveSummary(PersonId person, @Nullable String summary, int version) {
		var text = blankToNull(summary);
		MappingChecks.checkLength("summary", text, CompetenceManagement.MAX_SUMMARY);
		var next = mappings.bump(person, version);
		mappings.saveSummary(person, text);
		return next;
	}

	/** Adds an education entry, in the caller's transaction; returns the new version. */
	int addEducation(PersonId person, String title, @Nullable String institution, @Nullable Integer year, int version) {
		checkEducation(title, institution, year);
		var next = mappings.bump(person, version);
		education.addEducation(person, new Education(UUID.randomUUID(), title.strip(), blankToNull(institution), year));
		return next;
	}

	/**
	 * Adds a work-history entry, in the caller's transaction; returns the new version.
	 */
	int addWork(PersonId person, String title, @Nullable String employer, @Nullable Integer startYear,
			@Nullable Integer endYear, int version) {
		checkWork(title, employer, startYear, endYear);
		var next = mappings.bump(person, version);
		work.addWork(person,
				new WorkExperience(UUID.randomUUID(), title.strip(), blankToNull(employer), startYear, endYear));
		return next;
	}

	/**
	 * Removes an entry of a table, in the caller's transaction; returns the new version.
	 */
	int remove(PersonId person, String table, UUID id, int version) {
		var next = mappings.bump(person, version);
		if ("work".equals(table)) {
			work.delete(person, id);
		}
		else {
			education.delete(person, id);
		}
		return next;
	}

	private static void checkEducation(String title, @Nullable String institution, @Nullable Integer year) {
		var problems = new FormProblems();
		MappingChecks.checkEducation(problems, title, institution, year);
		problems.throwIfAny();
	}

	private static void checkWork(String title, @Nullable String employer, @Nullable Integer startYear,
			@Nullable Integer endYear) {
		var problems = new FormProblems();
		MappingChecks.checkWork(problems, title, employer, startYear, endYear);
		problems.throwIfAny();
	}

	private static void found(int updated, UUID id) {
		if (updated == 0) {
			throw new NotFoundException("entry " + id);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
