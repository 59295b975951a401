package org.tandem.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a solver proposes, counted the same way for every mode so that the optimal, the
 * stable and the greedy matching can be set side by side.
 *
 * @param mode how the matching was found
 * @param assignments the new pairs, by senior id
 * @param fixed the pairs kept from before, carried through and not counted below
 * @param matchedCount how many seniors got a new mentor
 * @param objective the new pairs' scores added up, less the load penalties they incur
 * @param unmatched the seniors left without a mentor, by id
 */
record MatchingResult(MatchingMode mode, List<Assignment> assignments, List<Assignment> fixed, int matchedCount,
		long objective, List<UUID> unmatched) {

	MatchingResult {
		Objects.requireNonNull(mode, "mode");
		assignments = List.copyOf(assignments);
		fixed = List.copyOf(fixed);
		unmatched = List.copyOf(unmatched);
		if (matchedCount != assignments.size()) {
			throw new IllegalArgumentException(
					matchedCount + " seniors matched, but there are " + assignments.size() + " assignments");
		}
	}

	/**
	 * The result of choosing, for each senior {@code s}, pair {@code pairOfSenior[s]} (or
	 * none where it is -1). A mentor with {@code k} new seniors pays the first {@code k}
	 * penalties: as they never fall, that is the least those {@code k} can cost, and it
	 * does not matter which senior is thought of as first.
	 */
	static MatchingResult of(MatchingMode mode, MatchingProblem problem, int[] pairOfSenior) {
		Candidates candidates = problem.candidates();
		int[] load = new int[problem.mentorCount()];
		List<Assignment> assignments = new ArrayList<>();
		List<UUID> unmatched = new ArrayList<>();
		long objective = 0;
		for (int senior = 0; senior < problem.seniorCount(); senior++) {
			int pair = pairOfSenior[senior];
			if (pair < 0) {
				unmatched.add(problem.seniorId(senior));
				continue;
			}
			if (candidates.senior(pair) != senior) {
				throw new IllegalStateException("Pair " + pair + " does not belong to senior " + senior);
			}
			int mentor = candidates.mentor(pair);
			load[mentor]++;
			objective = Math.addExact(objective, candidates.score(pair));
			assignments.add(new Assignment(problem.seniorId(senior), problem.mentorId(mentor), candidates.score(pair)));
		}
		for (int mentor = 0; mentor < load.length; mentor++) {
			if (load[mentor] > problem.capacity(mentor)) {
				throw new IllegalStateException("Mentor " + problem.mentorId(mentor) + " would get " + load[mentor]
						+ " new seniors but has room for " + problem.capacity(mentor));
			}
			objective = Math.subtractExact(objective, problem.penalties(mentor).costOfFirst(load[mentor]));
		}
		return new MatchingResult(mode, assignments, problem.fixed(), assignments.size(), objective, unmatched);
	}

}
