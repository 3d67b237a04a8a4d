package fi.osaamo.jobs;

import java.util.List;

/**
 * A page of job tasks.
 *
 * @param items the tasks on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many in all
 */
public record JobPage(List<JobTask> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
