package fi.osaamo.dashboard;

import java.util.List;

import fi.osaamo.companies.RegisteredCompany;

/**
 * The question before one account manager is named for many companies.
 *
 * @param filters the list's filters, to return to
 * @param page the list's page, to return to
 * @param companies the companies chosen
 * @param manager the choice: a member's id or {@code none}
 * @param managerName the member's work name, or empty for none
 */
public record AssignManagerPage(CompanyFilters filters, int page, List<RegisteredCompany> companies, String manager,
		String managerName) {

	public boolean clearing() {
		return managerName.isEmpty();
	}

	public String back() {
		return filters.link();
	}

}
