package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.opendata.CompanyRegistry;
import fi.osaamo.opendata.CompanySearch;
import org.jspecify.annotations.Nullable;

/**
 * The region's companies with their filters.
 *
 * @param companies the page of companies
 * @param search the filters as given
 * @param size the size class asked for, if any
 * @param sizesKnown whether the reader belongs to a growth team, which records size
 * classes
 * @param sizes the size classes the team has recorded, by business ID
 * @param industries TOL 2008 sections and divisions to choose from
 * @param municipalities municipalities to choose from
 * @param names names of the codes on the page, in the reader's language
 * @param errorKey what was wrong with the filters
 * @param errorArguments the message's arguments
 */
public record CompaniesPage(CompanyRegistry.Page companies, CompanySearch search, @Nullable SizeClass size,
		boolean sizesKnown, Map<String, SizeClass> sizes, List<ClassificationCode> industries,
		List<ClassificationCode> municipalities, Names names, @Nullable String errorKey, Object[] errorArguments) {

	public String link(int page) {
		return "/dashboard/companies?" + query() + "&page=" + page;
	}

	public String exportLink(String format) {
		return "/dashboard/companies." + format + "?" + query();
	}

	private String query() {
		return "q=" + URLEncoder.encode(search.query(), StandardCharsets.UTF_8)
				+ (search.industry() == null ? "" : "&industry=" + search.industry())
				+ (search.municipality() == null ? "" : "&municipality=" + search.municipality())
				+ (size == null ? "" : "&size=" + size) + "&status=" + search.status() + "&sort=" + search.sort();
	}

	public CompanySearch.Status[] statuses() {
		return CompanySearch.Status.values();
	}

	public SizeClass[] sizeClasses() {
		return SizeClass.values();
	}

	public @Nullable SizeClass sizeOf(String businessId) {
		return sizes.get(businessId);
	}

	public CompanySearch.Sort[] sorts() {
		return CompanySearch.Sort.values();
	}

	/**
	 * Names of municipality and industry codes.
	 */
	public interface Names {

		String municipality(@Nullable String code);

		String industry(@Nullable String code);

	}

}
