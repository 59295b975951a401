package org.tandem.matching;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a run's proposals or unmatched seniors, for a review that never reads a
 * national run whole.
 *
 * @param <T> what is listed
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many there are in all
 */
public record RunPage<T>(List<T> items, int page, int size, long totalItems) {

	public RunPage {
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

	/** The same page with each item turned into something else, a view for example. */
	public <R> RunPage<R> map(Function<? super T, ? extends R> mapper) {
		return new RunPage<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems);
	}

}
