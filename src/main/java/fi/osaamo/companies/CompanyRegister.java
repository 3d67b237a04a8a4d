package fi.osaamo.companies;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The region's companies as the trade register gives them (imported from PRH / YTJ open
 * data by {@code opendata}): search with filters, sorting and pages, one company by its
 * business ID, and the financial statements companies filed.
 */
@Service
public class CompanyRegister {

	public static final int MAX_PAGE_SIZE = 100;

	private static final String IN_MUNICIPALITIES = """
			select business_id from companies.register_company
			where business_id = any(:ids) and (cardinality(:municipalities) = 0
			  or municipality_code = any(:municipalities))""";

	private final JdbcClient jdbc;

	private final RegisterSearch searches;

	private final RegisterEntries entries;

	CompanyRegister(JdbcClient jdbc, RegisterSearch searches, RegisterEntries entries) {
		this.jdbc = jdbc;
		this.searches = searches;
		this.entries = entries;
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
		return searches.page(search, page, size);
	}

	/**
	 * Every company that matches, in order, for exports.
	 * @param search what to look for
	 * @param consumer takes each company
	 */
	public void forEach(CompanySearch search, Consumer<RegisteredCompany> consumer) {
		searches.forEach(search, consumer);
	}

	/**
	 * The municipalities the register has companies in (read by skipping through the
	 * municipality index, so it stays cheap with many companies).
	 * @return their codes
	 */
	public Set<String> municipalityCodes() {
		return searches.municipalityCodes();
	}

	public Optional<RegisteredCompany> find(String businessId) {
		return jdbc.sql("select * from companies.register_company where business_id = :id")
			.param("id", businessId)
			.query(RegisterRows::company)
			.optional();
	}

	/**
	 * Companies by their business IDs.
	 * @param businessIds the business IDs
	 * @return the companies the register has, in no particular order
	 */
	public List<RegisteredCompany> findAll(Collection<String> businessIds) {
		if (businessIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from companies.register_company where business_id = any(:ids)")
			.param("ids", businessIds.stream().distinct().toArray(String[]::new))
			.query(RegisterRows::company)
			.list();
	}

	/**
	 * Which of some business IDs belong to companies in the register, so that pages link
	 * only to companies that have a page.
	 * @param businessIds the business IDs
	 * @return those in the register
	 */
	public Set<String> registered(Collection<String> businessIds) {
		return inMunicipalities(businessIds, List.of());
	}

	/**
	 * Everything the register gives of companies, in the order of their business IDs, for
	 * publishing it again.
	 * @param after the business ID to continue after, if any
	 * @param municipality only companies of this municipality, if given
	 * @param limit how many at most
	 * @return the companies
	 */
	public List<RegisterEntry> entries(@Nullable String after, @Nullable String municipality, int limit) {
		return entries.after(after, municipality, limit);
	}

	public Optional<RegisterEntry> entry(String businessId) {
		return entries.of(businessId);
	}

	/**
	 * The financial statements the company filed to the trade register, as imported, the
	 * oldest first.
	 * @param businessId the company
	 * @return its statements
	 */
	public List<FinancialStatement> financialStatements(String businessId) {
		return jdbc.sql("select * from companies.register_statement where business_id = :id order by period_end")
			.param("id", businessId)
			.query(RegisterRows::statement)
			.list();
	}

	/**
	 * Which of some companies the register has in some municipalities.
	 * @param businessIds the companies
	 * @param municipalities the municipalities' codes; none for any municipality
	 * @return the business IDs of those it has there
	 */
	public Set<String> inMunicipalities(Collection<String> businessIds, Collection<String> municipalities) {
		if (businessIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql(IN_MUNICIPALITIES)
			.param("ids", businessIds.stream().distinct().toArray(String[]::new))
			.param("municipalities", municipalities.toArray(String[]::new))
			.query(String.class)
			.list());
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
