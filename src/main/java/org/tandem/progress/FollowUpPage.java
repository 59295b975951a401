package org.tandem.progress;

import java.util.List;

/**
 * One page of a coordinator's follow-up list.
 *
 * @param <T> what is listed
 * @param items the page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many there are in all
 */
public record FollowUpPage<T>(List<T> items, int page, int size, long totalItems) {

	public FollowUpPage {
		items = List.copyOf(items);
	}

	static <T> FollowUpPage<T> of(List<T> all, int page, int size) {
		int from = Math.min(all.size(), page * size);
		return new FollowUpPage<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
	}

	public int totalPages() {
		return (int) ((this.totalItems + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
