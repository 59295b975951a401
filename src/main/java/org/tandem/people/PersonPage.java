package org.tandem.people;

import java.util.List;

/**
 * One page of mentors or seniors.
 *
 * @param items the people on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many match in all
 */
public record PersonPage(List<Person> items, int page, int size, long totalItems) {

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
