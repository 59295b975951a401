package org.tandem.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Picks from a list with given weights, the same way for the same random numbers.
 *
 * @param <T> what is picked
 */
final class Weighted<T> {

	private final List<T> items = new ArrayList<>();

	private final List<Double> cumulative = new ArrayList<>();

	private double total;

	Weighted<T> add(T item, double weight) {
		this.total += weight;
		this.items.add(item);
		this.cumulative.add(this.total);
		return this;
	}

	T pick(Random random) {
		double point = random.nextDouble() * this.total;
		int low = 0;
		int high = this.cumulative.size() - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.cumulative.get(middle) <= point) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return this.items.get(low);
	}

}
