package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to a person's education and work history: an entry is changed in place,
 * checked as a new one is, against the version the person read.
 */
@Service
public class BackgroundEntries {

	private final JdbcClient jdbc;

	private final MappingRepository mappings;

	BackgroundEntries(JdbcClient jdbc, MappingRepository mappings) {
		this.jdbc = jdbc;
		this.mappings = mappings;
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
		var problems = new FormProblems();
		MappingChecks.checkEducation(problems, title, institution, year);
		problems.throwIfAny();
		var next = mappings.bump(person, version);
		found(jdbc.sql("""
				update competence.education set title = :title, institution = :institution, completed_year = :year
				where person_id = :person and id = :id""")
			.param("title", title.strip())
			.param("institution", blankToNull(institution))
			.param("year", year)
			.param("person", person.value())
			.param("id", id)
			.update(), id);
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
		var problems = new FormProblems();
		MappingChecks.checkWork(problems, title, employer, startYear, endYear);
		problems.throwIfAny();
		var next = mappings.bump(person, version);
		found(jdbc.sql("""
				update competence.work set title = :title, employer = :employer, start_year = :start, end_year = :end
				where person_id = :person and id = :id""")
			.param("title", title.strip())
			.param("employer", blankToNull(employer))
			.param("start", startYear)
			.param("end", endYear)
			.param("person", person.value())
			.param("id", id)
			.update(), id);
		return next;
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
