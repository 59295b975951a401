package org.tandem.matching;

import java.util.Arrays;

/**
 * The way most mentoring tools match: best-scored pair first, taken if the senior is
 * still free and the mentor still has a place (paying that place's penalty). Kept only as
 * the baseline the benchmark measures the optimum against; it is never offered, since one
 * early good pair can block two later ones and leave seniors without a mentor who could
 * have had one. Equal scores go by senior id, then mentor id.
 */
final class GreedyMatching {

	MatchingResult solve(MatchingProblem problem) {
		Candidates candidates = problem.candidates();
		// inverted score and pair number in one long: pairs are in canonical order, so
		// this
		// sorts by score descending, then senior id, then mentor id
		long[] order = new long[candidates.size()];
		for (int pair = 0; pair < order.length; pair++) {
			order[pair] = ((long) (MatchingProblem.LIMIT - candidates.score(pair)) << 32) | pair;
		}
		Arrays.parallelSort(order);
		int[] pairOfSenior = new int[problem.seniorCount()];
		Arrays.fill(pairOfSenior, -1);
		int[] load = new int[problem.mentorCount()];
		for (long key : order) {
			int pair = (int) key;
			int senior = candidates.senior(pair);
			int mentor = candidates.mentor(pair);
			if (pairOfSenior[senior] < 0 && load[mentor] < problem.capacity(mentor)) {
				pairOfSenior[senior] = pair;
				load[mentor]++;
			}
		}
		return MatchingResult.of(MatchingMode.GREEDY, problem, pairOfSenior);
	}

}
