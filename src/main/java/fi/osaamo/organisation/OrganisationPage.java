package fi.osaamo.organisation;

import java.util.List;

/**
 * One page of organisations.
 *
 * @param items the organisations on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many there are in all
 */
public record OrganisationPage(List<Organisation> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
