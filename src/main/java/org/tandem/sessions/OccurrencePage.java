package org.tandem.sessions;

import java.util.List;

/**
 * One page of occurrences, in time order.
 *
 * @param items the occurrences on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many match in all
 */
public record OccurrencePage(List<Occurrence> items, int page, int size, long totalItems) {

	public OccurrencePage {
		items = List.copyOf(items);
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
