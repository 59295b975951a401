package org.tandem.matching;

/**
 * How a matching was found. A coordinator chooses between the optimal and the stable
 * mode; the greedy one exists only to show, in benchmarks, what the optimum gains.
 */
public enum MatchingMode {

	/** Most seniors matched, then the highest total; proven by a min-cost flow. */
	OPTIMAL,

	/**
	 * Senior-proposing deferred acceptance: no senior and mentor both prefer each other.
	 */
	STABLE,

	/** Best-scored pair first; only a baseline for benchmarks, never offered. */
	GREEDY

}
