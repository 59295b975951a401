package org.tandem.notifications;

import java.util.List;

/**
 * One page of the outbox.
 *
 * @param items the messages on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many match in all
 */
public record MessagePage(List<Message> items, int page, int size, long totalItems) {

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
