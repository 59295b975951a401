package org.tandem.matching;

import java.util.Arrays;

/**
 * The pairs the hard rules allow, each with its score, as three parallel arrays of senior
 * index, mentor index and score. A national run has some 18 million of them: an object
 * per pair would cost several times the memory and time, so pairs are numbered and stored
 * flat. Indexes refer to the positions of the seniors and mentors in the lists that
 * {@link MatchingProblem#of} is given with these candidates.
 */
final class Candidates {

	private final int[] seniors;

	private final int[] mentors;

	private final int[] scores;

	private final int size;

	private Candidates(int[] seniors, int[] mentors, int[] scores, int size) {
		this.seniors = seniors;
		this.mentors = mentors;
		this.scores = scores;
		this.size = size;
	}

	/** A builder that starts small and grows. */
	static Builder builder() {
		return new Builder(16);
	}

	/**
	 * A builder sized for about {@code expectedPairs}, so that large runs do not copy.
	 */
	static Builder builder(int expectedPairs) {
		return new Builder(Math.max(expectedPairs, 1));
	}

	/** How many pairs there are. */
	int size() {
		return this.size;
	}

	/** The senior index of pair {@code pair}. */
	int senior(int pair) {
		return this.seniors[pair];
	}

	/** The mentor index of pair {@code pair}. */
	int mentor(int pair) {
		return this.mentors[pair];
	}

	/** The score of pair {@code pair}. */
	int score(int pair) {
		return this.scores[pair];
	}

	static Candidates of(int[] seniors, int[] mentors, int[] scores) {
		return new Candidates(seniors, mentors, scores, seniors.length);
	}

	/**
	 * Collects pairs; hands its arrays over on {@link #build()} and is spent after that.
	 */
	static final class Builder {

		private int[] seniors;

		private int[] mentors;

		private int[] scores;

		private int size;

		private boolean built;

		private Builder(int capacity) {
			this.seniors = new int[capacity];
			this.mentors = new int[capacity];
			this.scores = new int[capacity];
		}

		/**
		 * Adds the pair of senior {@code senior} and mentor {@code mentor}.
		 * @throws IllegalArgumentException if an index is negative or the score lies
		 * outside ±{@link MatchingProblem#LIMIT}
		 */
		Builder add(int senior, int mentor, int score) {
			if (this.built) {
				throw new IllegalStateException("These candidates have already been built");
			}
			if (senior < 0 || mentor < 0) {
				throw new IllegalArgumentException(
						"A candidate pair needs a senior and a mentor index, not " + senior + " and " + mentor);
			}
			MatchingProblem.checkLimit("score", score);
			if (this.size == this.seniors.length) {
				int grown = (int) Math.min(Integer.MAX_VALUE - 8, this.size + (this.size >> 1) + 16L);
				this.seniors = Arrays.copyOf(this.seniors, grown);
				this.mentors = Arrays.copyOf(this.mentors, grown);
				this.scores = Arrays.copyOf(this.scores, grown);
			}
			this.seniors[this.size] = senior;
			this.mentors[this.size] = mentor;
			this.scores[this.size] = score;
			this.size++;
			return this;
		}

		Candidates build() {
			this.built = true;
			return new Candidates(this.seniors, this.mentors, this.scores, this.size);
		}

	}

}
