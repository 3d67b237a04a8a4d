package fi.osaamo.coach.apprenticeships;

import java.util.List;

import fi.osaamo.organisation.OrganisationId;

/**
 * A school's apprenticeships, a page of them.
 *
 * @param school the school
 * @param schoolName its name
 * @param rows this page's apprenticeships
 * @param page this page, from 0
 * @param pages how many pages there are
 * @param total how many apprenticeships there are
 */
public record ApprenticeshipListPage(OrganisationId school, String schoolName, List<ApprenticeshipRow> rows, int page,
		int pages, long total) {

	public String pageLink(int target) {
		return "/coach/schools/" + this.school + "/apprenticeships?page=" + target;
	}

	public String importLink() {
		return "/coach/schools/" + this.school + "/import";
	}

}
