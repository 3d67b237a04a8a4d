package fi.osaamo.account;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * People's work profiles: job title and ESCO occupation, which prefill the competence
 * mapping.
 */
@Service
public class ProfileManagement {

	static final int MAX_TITLE = 200;

	private static final String SAVE = """
			insert into account.profile (person_id, job_title, occupation_uri) values (:person, :title, :occupation)
			on conflict (person_id) do update set job_title = excluded.job_title,
			  occupation_uri = excluded.occupation_uri, updated_at = now()""";

	private final JdbcClient jdbc;

	private final TaxonomyManagement taxonomy;

	ProfileManagement(JdbcClient jdbc, TaxonomyManagement taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	public WorkProfile workProfile(PersonId person) {
		return jdbc.sql("select job_title, occupation_uri from account.profile where person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> new WorkProfile(rs.getString("job_title"), rs.getString("occupation_uri")))
			.optional()
			.orElse(WorkProfile.EMPTY);
	}

	/**
	 * Saves a person's work profile.
	 * @param person whose
	 * @param jobTitle the job title, or blank
	 * @param occupationUri an ESCO occupation, or blank
	 */
	public void save(PersonId person, @Nullable String jobTitle, @Nullable String occupationUri) {
		check(jobTitle, occupationUri);
		var title = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
		var occupation = occupationUri == null || occupationUri.isBlank() ? null : occupationUri.strip();
		jdbc.sql(SAVE).param("person", person.value()).param("title", title).param("occupation", occupation).update();
	}

	/**
	 * Checks a work profile without saving it.
	 * @param jobTitle the job title, or blank
	 * @param occupationUri an ESCO occupation, or blank
	 * @throws InvalidInputException if it is not valid
	 */
	public void check(@Nullable String jobTitle, @Nullable String occupationUri) {
		if (jobTitle != null && jobTitle.strip().length() > MAX_TITLE) {
			throw new InvalidInputException("jobTitle", "validation.tooLong", MAX_TITLE);
		}
		if (occupationUri != null && !occupationUri.isBlank() && !taxonomy.isOccupation(occupationUri.strip())) {
			throw new InvalidInputException("occupation", "validation.unknownOccupation", occupationUri.strip());
		}
	}

	public void forget(PersonId person) {
		jdbc.sql("delete from account.profile where person_id = :person").param("person", person.value()).update();
	}

}
