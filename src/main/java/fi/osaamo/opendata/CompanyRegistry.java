package fi.osaamo.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The region's companies as imported from the trade register, for other modules: search
 * with filters, sorting and pages, and one company by its business ID.
 */
@Service
public class CompanyRegistry {

	public static final int MAX_PAGE_SIZE = 100;

	private static final String AD_COLUMNS = "source, title, hiring_name, hiring_business_id, locality, valid_through, url";

	private final JdbcClient jdbc;

	private final ClassificationManagement classifications;

	CompanyRegistry(JdbcClient jdbc, ClassificationManagement classifications) {
		this.jdbc = jdbc;
		this.classifications = classifications;
	}

	/**
	 * A page of companies.
	 * @param search what to look for
	 * @param page the page, from 0
	 * @param size its size
	 * @return the page
	 */
	public Page search(CompanySearch search, int page, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		var where = where(search);
		var total = where.bind(jdbc.sql("select count(*) from opendata.company c" + where.sql()))
			.query(Long.class)
			.single();
		var items = where
			.bind(jdbc.sql("select * from opendata.company c" + where.sql() + order(search.sort())
					+ " limit :limit offset :offset"))
			.param("limit", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(CompanyRegistry::company)
			.list();
		return new Page(items, Math.max(0, page), size, total);
	}

	/**
	 * Every company that matches, in order, for exports.
	 * @param search what to look for
	 * @param consumer takes each company
	 */
	public void forEach(CompanySearch search, Consumer<RegisteredCompany> consumer) {
		var where = where(search);
		try (var companies = where
			.bind(jdbc.sql("select * from opendata.company c" + where.sql() + order(search.sort())))
			.query(CompanyRegistry::company)
			.stream()) {
			// The stream holds the connection until it is closed.
			companies.forEach(consumer);
		}
	}

	/**
	 * The municipalities the register has companies in (read by skipping through the
	 * municipality index, so it stays cheap with many companies).
	 * @return their codes
	 */
	public java.util.Set<String> municipalityCodes() {
		return new java.util.HashSet<>(jdbc.sql("""
				with recursive m (code) as (
				  (select municipality_code from opendata.company where municipality_code is not null
				   order by municipality_code limit 1)
				  union all
				  select (select c.municipality_code from opendata.company c where c.municipality_code > m.code
				          order by c.municipality_code limit 1)
				  from m where m.code is not null
				)
				select code from m where code is not null""").query(String.class).list());
	}

	public Optional<RegisteredCompany> find(String businessId) {
		return jdbc.sql("select * from opendata.company where business_id = :id")
			.param("id", businessId)
			.query(CompanyRegistry::company)
			.optional();
	}

	/**
	 * The financial statements the company filed to the trade register, as imported, the
	 * oldest first.
	 * @param businessId the company
	 * @return its statements
	 */
	public List<FinancialStatement> financialStatements(String businessId) {
		return jdbc.sql("select * from opendata.financial_statement where business_id = :id order by period_end")
			.param("id", businessId)
			.query((rs, row) -> new FinancialStatement(rs.getString("business_id"),
					rs.getObject("period_start", java.time.LocalDate.class),
					rs.getObject("period_end", java.time.LocalDate.class), rs.getObject("revenue", Long.class),
					rs.getObject("operating_profit", Long.class), rs.getObject("profit", Long.class),
					rs.getObject("personnel_expenses", Long.class),
					rs.getObject("registered", java.time.LocalDate.class)))
			.list();
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
			.query(CompanyRegistry::ad)
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
			.query(CompanyRegistry::ad)
			.list();
	}

	/**
	 * Which of some business IDs belong to companies in the register, so that pages link
	 * only to companies that have a page.
	 * @param businessIds the business IDs
	 * @return those in the register
	 */
	public java.util.Set<String> registered(java.util.Collection<String> businessIds) {
		if (businessIds.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("select business_id from opendata.company where business_id = any(:ids)")
			.param("ids", businessIds.stream().distinct().toArray(String[]::new))
			.query(String.class)
			.list());
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

	private Where where(CompanySearch search) {
		var industry = search.industry();
		if (industry != null && classifications.industry(industry, Language.FI).isEmpty()) {
			throw new InvalidInputException("industry", "validation.unknownIndustry", industry);
		}
		var municipality = search.municipality();
		if (municipality != null && classifications.municipality(municipality, Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.municipalityCode", municipality);
		}
		var divisions = industry == null ? List.<String>of()
				: Character.isDigit(industry.charAt(0)) ? List.of(industry.substring(0, 2))
						: classifications.industries(Language.FI)
							.stream()
							.filter(code -> industry.equals(code.parent()))
							.map(code -> code.code())
							.toList();
		var sql = new StringBuilder(" where true");
		var query = search.query().strip();
		if (!query.isEmpty()) {
			sql.append(" and (c.name ilike :pattern or c.business_id = :query)");
		}
		if (industry != null) {
			sql.append(" and substr(c.industry_code, 1, 2) = any(:divisions)");
		}
		if (municipality != null) {
			sql.append(" and c.municipality_code = :municipality");
		}
		if (search.among() != null) {
			sql.append(" and c.business_id = any(:among)");
		}
		if (!search.excluding().isEmpty()) {
			sql.append(" and not (c.business_id = any(:excluding))");
		}
		switch (search.status()) {
			case ACTIVE -> sql.append(" and c.end_date is null");
			case ENDED -> sql.append(" and c.end_date is not null");
			default -> {
			}
		}
		return new Where(sql.toString(), query, LikePatterns.containing(query), divisions, municipality,
				search.among() == null ? new String[0] : search.among().toArray(String[]::new),
				search.excluding().toArray(String[]::new));
	}

	private static String order(CompanySearch.Sort sort) {
		return switch (sort) {
			case NEWEST -> " order by c.registration_date desc nulls last, c.business_id";
			case MUNICIPALITY -> " order by c.municipality_code nulls last, c.name, c.business_id";
			default -> " order by c.name, c.business_id";
		};
	}

	private static RegisteredCompany company(ResultSet rs, int row) throws SQLException {
		var registered = rs.getDate("registration_date");
		var ended = rs.getDate("end_date");
		return new RegisteredCompany(rs.getString("business_id"), rs.getString("name"), rs.getString("company_form"),
				rs.getString("industry_code"), rs.getString("municipality_code"), rs.getString("street_address"),
				rs.getString("post_code"), rs.getString("post_office"), rs.getString("website"),
				registered == null ? null : registered.toLocalDate(), ended == null ? null : ended.toLocalDate());
	}

	private record Where(String sql, String query, String pattern, List<String> divisions,
			@Nullable String municipality, String[] among, String[] excluding) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			var bound = statement.param("query", query).param("pattern", pattern);
			bound = bound.param("divisions", divisions.toArray(String[]::new));
			return bound.param("municipality", municipality).param("among", among).param("excluding", excluding);
		}

	}

	/**
	 * A page of companies.
	 *
	 * @param items the companies
	 * @param page which page
	 * @param size its size
	 * @param total how many match
	 */
	public record Page(List<RegisteredCompany> items, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

}
