package org.tandem.venues;

import java.util.List;

/**
 * One page of venues.
 *
 * @param items the venues on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many venues match in all
 */
public record VenuePage(List<Venue> items, int page, int size, long totalItems) {

	public VenuePage {
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
