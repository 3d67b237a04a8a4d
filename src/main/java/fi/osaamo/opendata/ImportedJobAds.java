package fi.osaamo.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import fi.osaamo.platform.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Job ads imported from open sources (Työmarkkinatori, schema.org JobPosting feeds), for
 * other modules: a company's open ads and a search of the region's open ads by title.
 */
@Service
public class ImportedJobAds {

	private static final String AD_COLUMNS = "source, title, hiring_name, hiring_business_id, locality, valid_through, url";

	private final JdbcClient jdbc;

	ImportedJobAds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A company's imported job ads still open today, newest first.
	 * @param businessId the company
	 * @param today today
	 * @param limit how many at most
	 * @return the ads
	 */
	public java.util.List<ImportedJobAd> openJobAds(String businessId, java.time.LocalDate today, int limit) {
		return jdbc.sql("select " + AD_COLUMNS + """
				 from opendata.job_ad
				where hiring_business_id = :id and (valid_through is null or valid_through >= :today)
				order by date_posted desc nulls last, title limit :limit""")
			.param("id", businessId)
			.param("today", today)
			.param("limit", limit)
			.query(ImportedJobAds::ad)
			.list();
	}

	/**
	 * Imported job ads of the region still open today whose title contains the words,
	 * newest first.
	 * @param query words in the title
	 * @param today today
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the ads
	 */
	public java.util.List<ImportedJobAd> openJobAds(String query, java.time.LocalDate today, long offset, int limit) {
		return jdbc.sql("select " + AD_COLUMNS + """
				 from opendata.job_ad
				where title ilike :pattern and (valid_through is null or valid_through >= :today)
				order by date_posted desc nulls last, source, source_id limit :limit offset :offset""")
			.param("pattern", fi.osaamo.platform.LikePatterns.containing(query))
			.param("today", today)
			.param("limit", limit)
			.param("offset", offset)
			.query(ImportedJobAds::ad)
			.list();
	}

	private static ImportedJobAd ad(ResultSet rs, int row) throws SQLException {
		return new ImportedJobAd(rs.getString("source"), rs.getString("title"), rs.getString("hiring_name"),
				rs.getString("hiring_business_id"), rs.getString("locality"),
				rs.getObject("valid_through", java.time.LocalDate.class), rs.getString("url"));
	}

	public long countOpenJobAds(String query, java.time.LocalDate today) {
		return jdbc.sql("""
				select count(*) from opendata.job_ad
				where title ilike :pattern and (valid_through is null or valid_through >= :today)""")
			.param("pattern", fi.osaamo.platform.LikePatterns.containing(query))
			.param("today", today)
			.query(Long.class)
			.single();
	}

}
