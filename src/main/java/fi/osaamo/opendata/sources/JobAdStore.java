package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Job ads from outside, whichever source they come from.
 */
@Repository
class JobAdStore {

	private static final String UPSERT = """
			insert into opendata.job_ad (source, source_id, title, description, occupation_uri, skills, hiring_name,
			  hiring_business_id, municipality_code, locality, date_posted, valid_through, url, updated_at)
			values (:source, :id, :title, :description, :occupation, :skills, :hiring, :businessId, :municipality,
			  :locality, :posted, :valid, :url, now())
			on conflict (source, source_id) do update set title = excluded.title, description = excluded.description,
			  occupation_uri = excluded.occupation_uri, skills = excluded.skills, hiring_name = excluded.hiring_name,
			  hiring_business_id = excluded.hiring_business_id, municipality_code = excluded.municipality_code,
			  locality = excluded.locality, date_posted = excluded.date_posted,
			  valid_through = excluded.valid_through, url = excluded.url, updated_at = now()""";

	private final JdbcClient jdbc;

	JobAdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(String source, JobAd ad) {
		withPlaceAndTime(withContent(jdbc.sql(UPSERT).param("source", source), ad), ad).update();
	}

	private static JdbcClient.StatementSpec withContent(JdbcClient.StatementSpec statement, JobAd ad) {
		return statement.param("id", ad.id())
			.param("title", ad.title())
			.param("description", ad.description())
			.param("occupation", ad.occupationUri())
			.param("skills", ad.skills().toArray(String[]::new));
	}

	private static JdbcClient.StatementSpec withPlaceAndTime(JdbcClient.StatementSpec statement, JobAd ad) {
		return statement.param("hiring", ad.hiringName())
			.param("businessId", ad.hiringBusinessId())
			.param("municipality", ad.municipalityCode())
			.param("locality", ad.locality())
			.param("posted", ad.datePosted())
			.param("valid", ad.validThrough())
			.param("url", ad.url());
	}

	/**
	 * A job ad as a source gave it.
	 *
	 * @param id the source's id
	 * @param title its title
	 * @param description its text, without markup
	 * @param occupationUri its ESCO occupation
	 * @param skills its ESCO skills
	 * @param hiringName the employer's name
	 * @param hiringBusinessId the employer's business ID
	 * @param municipalityCode where
	 * @param locality the place as written
	 * @param remote whether the work is remote
	 * @param datePosted when published
	 * @param validThrough until when one may apply
	 * @param url the ad
	 */
	record JobAd(String id, String title, @Nullable String description, @Nullable String occupationUri,
			List<String> skills, @Nullable String hiringName, @Nullable String hiringBusinessId,
			@Nullable String municipalityCode, @Nullable String locality, boolean remote,
			@Nullable LocalDate datePosted, @Nullable LocalDate validThrough, @Nullable String url) {
	}

}
