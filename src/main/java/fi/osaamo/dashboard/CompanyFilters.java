package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The company list's filters as the request gives them.
 *
 * @param q words of the name or the business ID
 * @param industry a TOL 2008 section or division
 * @param municipality a municipality code
 * @param size a size class
 * @param status active, ended or any
 * @param sort the order
 * @param manager {@code me}, {@code none} or a growth-team member's id
 * @param noContactMonths only companies not contacted in this many months
 * @param openNeeds {@code true} for only companies with open needs
 * @param overdue {@code true} for only companies with overdue follow-ups
 */
public record CompanyFilters(@Nullable String q, @Nullable String industry, @Nullable String municipality,
		@Nullable String size, @Nullable String status, @Nullable String sort, @Nullable String manager,
		@Nullable String noContactMonths, @Nullable String openNeeds, @Nullable String overdue) {

	/** No filters: the active companies by name. */
	public static final CompanyFilters NONE = new CompanyFilters(null, null, null, null, null, null, null, null, null,
			null);

	/**
	 * The filters given, in a fixed order, without empty ones.
	 * @return name and value of each
	 */
	public List<Map.Entry<String, String>> given() {
		var given = new ArrayList<Map.Entry<String, String>>();
		add(given, "q", q);
		add(given, "industry", industry);
		add(given, "municipality", municipality);
		add(given, "size", size);
		add(given, "status", status);
		add(given, "sort", sort);
		add(given, "manager", manager);
		add(given, "noContactMonths", noContactMonths);
		add(given, "openNeeds", openNeeds);
		add(given, "overdue", overdue);
		return given;
	}

	/**
	 * The filters as the list's query string, e.g. {@code noContactMonths=6}.
	 * @return the query, empty without filters
	 */
	public String query() {
		var query = new StringBuilder();
		for (var filter : given()) {
			query.append(query.isEmpty() ? "" : "&")
				.append(filter.getKey())
				.append('=')
				.append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	/**
	 * The list with these filters.
	 * @return its address
	 */
	public String link() {
		var query = query();
		return "/dashboard/companies" + (query.isEmpty() ? "" : "?" + query);
	}

	/**
	 * Whether the filter is set to the value, for checkboxes and choices.
	 * @param value the filter's value
	 * @param wanted the value of the choice
	 * @return whether it is chosen
	 */
	public boolean is(@Nullable String value, String wanted) {
		return value != null && value.strip().equals(wanted);
	}

	/**
	 * A filter's value as typed, for the form.
	 * @param value the value
	 * @return it, or empty
	 */
	public String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static void add(List<Map.Entry<String, String>> given, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			given.add(Map.entry(name, value.strip()));
		}
	}

}
