package org.tandem.logbook;

import java.util.List;

/**
 * One page of open follow-ups, the latest session first.
 *
 * @param items the follow-ups on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many are open in all
 */
public record FollowUpPage(List<FollowUp> items, int page, int size, long totalItems) {

	public FollowUpPage {
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
