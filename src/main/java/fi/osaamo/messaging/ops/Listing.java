package fi.osaamo.messaging.ops;

import java.util.List;

/**
 * One page of a list.
 *
 * @param <T> what is listed
 * @param items the page's items
 * @param page the page, from 0
 * @param pages how many pages there are
 * @param total how many items there are
 */
public record Listing<T>(List<T> items, int page, int pages, long total) {

	public Listing {
		items = List.copyOf(items);
	}

	static <T> Listing<T> of(List<T> items, int page, long total, int size) {
		return new Listing<>(items, page, (int) ((total + size - 1) / size), total);
	}

}
