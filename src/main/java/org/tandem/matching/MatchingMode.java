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
	GREEDY;

	/** The matching of {@code problem} this mode finds. */
	MatchingResult solve(MatchingProblem problem) {
		return switch (this) {
			case OPTIMAL -> new OptimalMatching().solve(problem);
			case STABLE -> new StableMatching().solve(problem);
			case GREEDY -> new GreedyMatching().solve(problem);
		};
	}

}
