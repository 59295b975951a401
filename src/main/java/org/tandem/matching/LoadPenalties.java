package org.tandem.matching;

import java.util.Arrays;

/**
 * What it costs to give one mentor more new seniors: {@code cost(k)} is the penalty of
 * the {@code (k+1)}-th new senior, and there are as many entries as the mentor has free
 * places. Rising penalties spread the work over mentors; they must never fall (see
 * {@link LoadPenaltiesDecrease}).
 */
final class LoadPenalties {

	private static final LoadPenalties NONE = new LoadPenalties(new int[0]);

	private final int[] costs;

	private LoadPenalties(int[] costs) {
		this.costs = costs;
	}

	/**
	 * The penalties of the 1st, 2nd, … new senior.
	 * @throws LoadPenaltiesDecrease if one is lower than the one before
	 * @throws IllegalArgumentException if one lies outside ±{@link MatchingProblem#LIMIT}
	 */
	static LoadPenalties of(int... costs) {
		for (int k = 0; k < costs.length; k++) {
			MatchingProblem.checkLimit("load penalty", costs[k]);
			if (k > 0 && costs[k] < costs[k - 1]) {
				throw new LoadPenaltiesDecrease(k - 1, costs[k - 1], costs[k]);
			}
		}
		return (costs.length == 0) ? NONE : new LoadPenalties(costs.clone());
	}

	/** A mentor with no free place. */
	static LoadPenalties none() {
		return NONE;
	}

	/** How many new seniors the mentor can still take. */
	int capacity() {
		return this.costs.length;
	}

	/** The penalty of the {@code (k+1)}-th new senior. */
	int cost(int k) {
		return this.costs[k];
	}

	/** What the first {@code count} new seniors cost together. */
	long costOfFirst(int count) {
		long total = 0;
		for (int k = 0; k < count; k++) {
			total += this.costs[k];
		}
		return total;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LoadPenalties that && Arrays.equals(this.costs, that.costs);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.costs);
	}

	@Override
	public String toString() {
		return Arrays.toString(this.costs);
	}

}
