package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.opendata.CompanyRegistry;
import fi.osaamo.opendata.CompanySearch;
import org.jspecify.annotations.Nullable;

/**
 * The region's companies with their filters.
 *
 * @param companies the page of companies
 * @param search the filters as given
 * @param industries TOL 2008 sections and divisions to choose from
 * @param municipalities municipalities to choose from
 * @param names names of the codes on the page, in the reader's language
 * @param errorKey what was wrong with the filters
 * @param errorArguments the message's arguments
 */
public record CompaniesPage(CompanyRegistry.Page companies, CompanySearch search, List<ClassificationCode> industries,
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
				+ (search.municipality() == null ? "" : "&municipality=" + search.municipality()) + "&status="
				+ search.status() + "&sort=" + search.sort();
	}

	public CompanySearch.Status[] statuses() {
		return CompanySearch.Status.values();
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
