package fi.osaamo.dashboard;

import java.util.List;
import java.util.Map;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.companies.AccountStanding;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.CompanySearch;
import fi.osaamo.organisation.Member;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The region's companies with their filters.
 *
 * @param companies the page of companies
 * @param search the search as the filters gave it
 * @param filters the filters as given
 * @param accounts the team's accounts of the companies on the page, or {@code null} for a
 * reader outside every growth team
 * @param industries TOL 2008 sections and divisions to choose from
 * @param municipalities municipalities to choose from
 * @param names names of the codes on the page, in the reader's language
 * @param filterError what was wrong with the filters
 * @param forms the forms that save a filter and assign an account manager
 */
public record CompaniesPage(CompanyRegister.Page companies, CompanySearch search, CompanyFilters filters,
		@Nullable Accounts accounts, List<ClassificationCode> industries, List<ClassificationCode> municipalities,
		Names names, @Nullable InvalidInputException filterError, Forms forms) {

	public String link(int page) {
		var query = filters.query();
		return "/dashboard/companies?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
	}

	public String exportLink(String format) {
		return "/dashboard/companies." + format + "?" + filters.query();
	}

	public boolean sizesKnown() {
		return accounts != null;
	}

	public boolean filtered() {
		return !search.query().isEmpty() || search.industry() != null || search.municipality() != null
				|| search.among() != null || !search.excluding().isEmpty()
				|| search.status() != CompanySearch.Status.ACTIVE;
	}

	/**
	 * What the list says when no company is listed.
	 * @return the message key
	 */
	public String emptyMessage() {
		if (!filtered() && companies.total() == 0) {
			return "dashboard.companies.emptyRegistry";
		}
		return search.status() == CompanySearch.Status.ENDED ? "dashboard.companies.noneEnded"
				: "dashboard.companies.none";
	}

	public CompanySearch.Status[] statuses() {
		return CompanySearch.Status.values();
	}

	public SizeClass[] sizeClasses() {
		return SizeClass.values();
	}

	public CompanySearch.Sort[] sorts() {
		return CompanySearch.Sort.values();
	}

	public int[] monthChoices() {
		return new int[] { 3, 6, 12, 24 };
	}

	/**
	 * A number of months without contact that a saved filter or link gave and the choices
	 * do not have.
	 * @return it, or {@code null}
	 */
	public @Nullable Integer otherMonths() {
		try {
			var months = filters.noContactMonths() == null ? 0 : Integer.parseInt(filters.noContactMonths().strip());
			return months > 0 && java.util.Arrays.stream(monthChoices()).noneMatch(choice -> choice == months)
					&& filterError == null ? months : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The team's accounts of the companies on the page.
	 *
	 * @param sizes the size classes the team has recorded, by business ID
	 * @param standings where the team stands with each company, by business ID
	 * @param people the account managers on the page
	 * @param managers the team's members who can manage accounts
	 */
	public record Accounts(Map<String, SizeClass> sizes, Map<String, AccountStanding> standings,
			Map<PersonId, PersonSummary> people, List<Member> managers) {

		public @Nullable SizeClass sizeOf(String businessId) {
			return sizes.get(businessId);
		}

		public @Nullable AccountStanding standing(String businessId) {
			return standings.get(businessId);
		}

		public String managerOf(String businessId) {
			var standing = standings.get(businessId);
			var summary = standing == null || standing.manager() == null ? null : people.get(standing.manager());
			return summary == null ? "–" : summary.atWork();
		}

	}

	/**
	 * The filters the member can choose from and the forms of the list, as last posted.
	 *
	 * @param saved the member's own filters
	 * @param readyMade the ready-made filters, for team members
	 * @param failed which form the error is about: {@code filter} or {@code assign}
	 * @param error what was wrong with it
	 * @param filterName the name typed for the filter
	 * @param selected the companies chosen for the account manager
	 * @param manager the account manager chosen
	 */
	public record Forms(List<SavedFilter> saved, List<SavedFilter> readyMade, @Nullable String failed,
			@Nullable InvalidInputException error, String filterName, List<String> selected, String manager) {

		static Forms of(List<SavedFilter> saved, List<SavedFilter> readyMade) {
			return new Forms(saved, readyMade, null, null, "", List.of(), "");
		}

		public @Nullable InvalidInputException errorOf(String form) {
			return form.equals(failed) ? error : null;
		}

		public boolean errorOn(String form, String field) {
			return form.equals(failed) && error != null && error.on(field).isPresent();
		}

		/**
		 * Where the error summary's links lead: the chosen companies' problem to the
		 * table.
		 * @return the element's id by field
		 */
		public java.util.function.Function<String, String> anchor() {
			return field -> field.equals("companies") ? "companies-caption" : field;
		}

	}

	/**
	 * Names of municipality and industry codes.
	 */
	public interface Names {

		String municipality(@Nullable String code);

		String industry(@Nullable String code);

	}

}
