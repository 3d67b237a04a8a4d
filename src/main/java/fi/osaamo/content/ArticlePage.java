package fi.osaamo.content;

import java.util.List;

/**
 * A page of articles.
 *
 * @param items the articles on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many in all
 */
public record ArticlePage(List<ArticleSummary> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
