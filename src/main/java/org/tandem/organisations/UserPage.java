package org.tandem.organisations;

import java.util.List;

/**
 * One page of users.
 *
 * @param items the users on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many users match in all
 */
public record UserPage(List<UserAccount> items, int page, int size, long totalItems) {

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
