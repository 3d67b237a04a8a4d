package fi.osaamo.studies;

import java.util.List;

/**
 * A page of studies.
 *
 * @param items the studies on this page
 * @param page the page, from 0
 * @param size the page size
 * @param total how many in all
 */
public record StudyPage(List<Study> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
