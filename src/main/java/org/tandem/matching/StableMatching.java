package org.tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stable matching: no senior and mentor who are not paired would both rather be
 * paired with each other. Offered beside the optimal matching for coordinators who must
 * be able to say that nobody was passed over for someone they liked less; it may match
 * fewer seniors or reach a lower total, and the two results show by how much.
 * <p>
 * Both sides rank each other by the pair's score; a senior who scores the same with two
 * mentors prefers the one with the smaller id, and a mentor likewise. Every allowed pair
 * is acceptable to both: a mentor is better than none. A mentor's capacity is the number
 * of free places. Load penalties do not change anyone's preferences; they are paid in the
 * objective, counted as for the optimal matching.
 * <p>
 * Seniors propose (deferred acceptance, Gale and Shapley): each free senior asks their
 * best mentor not yet asked; a mentor keeps the best seniors up to capacity and lets the
 * worst go. The outcome is the stable matching that every senior likes best among all
 * stable matchings, and it does not depend on who proposes first, so it is deterministic.
 * <p>
 * As long as both sides rank by the same pair score, every preference follows one order
 * of all pairs (score, then senior id, then mentor id), and then there is only one stable
 * matching: the one the greedy baseline takes. Deferred acceptance is kept because it
 * stays right when the two sides' preferences come to differ, and because it reaches the
 * answer without sorting all pairs at once.
 */
final class StableMatching {

	/** The senior-optimal stable matching of {@code problem}. */
	MatchingResult solve(MatchingProblem problem) {
		Candidates candidates = problem.candidates();
		int seniors = problem.seniorCount();
		int[] proposals = seniorsPreferences(problem);
		int[] next = new int[seniors];
		for (int senior = 0; senior < seniors; senior++) {
			next[senior] = problem.pairsStart(senior);
		}
		// each mentor's held pairs as a heap with the least liked on top
		int[] heapStart = new int[problem.mentorCount() + 1];
		for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
			heapStart[mentor + 1] = heapStart[mentor] + problem.capacity(mentor);
		}
		int[] held = new int[heapStart[problem.mentorCount()]];
		int[] heldCount = new int[problem.mentorCount()];
		int[] pairOfSenior = new int[seniors];
		Arrays.fill(pairOfSenior, -1);
		int[] free = new int[seniors];
		int freeCount = 0;
		for (int senior = seniors - 1; senior >= 0; senior--) {
			free[freeCount++] = senior;
		}
		while (freeCount > 0) {
			int senior = free[--freeCount];
			while (next[senior] < problem.pairsEnd(senior)) {
				int pair = proposals[next[senior]++];
				int mentor = candidates.mentor(pair);
				int capacity = problem.capacity(mentor);
				if (capacity == 0) {
					continue;
				}
				int base = heapStart[mentor];
				if (heldCount[mentor] < capacity) {
					held[base + heldCount[mentor]] = pair;
					siftUp(candidates, held, base, heldCount[mentor]);
					heldCount[mentor]++;
					pairOfSenior[senior] = pair;
					break;
				}
				int worst = held[base];
				if (mentorPrefers(candidates, pair, worst)) {
					held[base] = pair;
					siftDown(candidates, held, base, capacity);
					pairOfSenior[senior] = pair;
					int released = candidates.senior(worst);
					pairOfSenior[released] = -1;
					free[freeCount++] = released;
					break;
				}
			}
		}
		return MatchingResult.of(MatchingMode.STABLE, problem, pairOfSenior);
	}

	/**
	 * The pairs that would rather be together than as {@code result} has them; empty for
	 * a stable matching. For tests and for anyone auditing a stable run. Kept pairs are
	 * not re-decided and so are left out.
	 * @throws IllegalArgumentException if {@code result} pairs people the problem does
	 * not allow together
	 */
	static List<BlockingPair> blockingPairs(MatchingProblem problem, MatchingResult result) {
		Candidates candidates = problem.candidates();
		int[] pairOfSenior = new int[problem.seniorCount()];
		Arrays.fill(pairOfSenior, -1);
		int[] load = new int[problem.mentorCount()];
		int[] leastLiked = new int[problem.mentorCount()];
		Arrays.fill(leastLiked, -1);
		for (Assignment assignment : result.assignments()) {
			int senior = problem.seniorIndex(assignment.seniorId());
			int mentor = problem.mentorIndex(assignment.mentorId());
			int pair = (senior < 0 || mentor < 0) ? -1 : problem.pair(senior, mentor);
			if (pair < 0) {
				throw new IllegalArgumentException("The matching pairs senior " + assignment.seniorId()
						+ " with mentor " + assignment.mentorId() + ", which is not an allowed pair");
			}
			pairOfSenior[senior] = pair;
			load[mentor]++;
			if (leastLiked[mentor] < 0 || mentorPrefers(candidates, leastLiked[mentor], pair)) {
				leastLiked[mentor] = pair;
			}
		}
		List<BlockingPair> blocking = new ArrayList<>();
		for (int pair = 0; pair < candidates.size(); pair++) {
			int senior = candidates.senior(pair);
			int mentor = candidates.mentor(pair);
			int current = pairOfSenior[senior];
			if (current == pair || problem.capacity(mentor) == 0) {
				continue;
			}
			boolean seniorWants = current < 0 || seniorPrefers(candidates, pair, current);
			boolean mentorWants = load[mentor] < problem.capacity(mentor)
					|| mentorPrefers(candidates, pair, leastLiked[mentor]);
			if (seniorWants && mentorWants) {
				blocking
					.add(new BlockingPair(problem.seniorId(senior), problem.mentorId(mentor), candidates.score(pair)));
			}
		}
		return blocking;
	}

	/**
	 * Every senior's pairs, best first: higher score, then the smaller mentor id. Pairs
	 * are in canonical order, so within one score the pair number already follows mentor
	 * id, and a senior's pairs can be sorted as longs of inverted score and pair number.
	 */
	private static int[] seniorsPreferences(MatchingProblem problem) {
		Candidates candidates = problem.candidates();
		int[] order = new int[candidates.size()];
		long[] keys = new long[0];
		for (int senior = 0; senior < problem.seniorCount(); senior++) {
			int from = problem.pairsStart(senior);
			int count = problem.pairsEnd(senior) - from;
			if (keys.length < count) {
				keys = new long[Math.max(count, keys.length * 2)];
			}
			for (int i = 0; i < count; i++) {
				keys[i] = ((long) (MatchingProblem.LIMIT - candidates.score(from + i)) << 32) | (from + i);
			}
			Arrays.sort(keys, 0, count);
			for (int i = 0; i < count; i++) {
				order[from + i] = (int) keys[i];
			}
		}
		return order;
	}

	/** Whether the senior of both pairs likes {@code pair} better than {@code other}. */
	static boolean seniorPrefers(Candidates candidates, int pair, int other) {
		return candidates.score(pair) > candidates.score(other) || (candidates.score(pair) == candidates.score(other)
				&& candidates.mentor(pair) < candidates.mentor(other));
	}

	/** Whether the mentor of both pairs likes {@code pair} better than {@code other}. */
	static boolean mentorPrefers(Candidates candidates, int pair, int other) {
		return candidates.score(pair) > candidates.score(other) || (candidates.score(pair) == candidates.score(other)
				&& candidates.senior(pair) < candidates.senior(other));
	}

	private static void siftUp(Candidates candidates, int[] heap, int base, int at) {
		while (at > 0) {
			int parent = (at - 1) / 2;
			if (!mentorPrefers(candidates, heap[base + parent], heap[base + at])) {
				return;
			}
			swap(heap, base + parent, base + at);
			at = parent;
		}
	}

	private static void siftDown(Candidates candidates, int[] heap, int base, int size) {
		int at = 0;
		while (true) {
			int child = 2 * at + 1;
			if (child >= size) {
				return;
			}
			if (child + 1 < size && mentorPrefers(candidates, heap[base + child], heap[base + child + 1])) {
				child++;
			}
			if (!mentorPrefers(candidates, heap[base + at], heap[base + child])) {
				return;
			}
			swap(heap, base + at, base + child);
			at = child;
		}
	}

	private static void swap(int[] heap, int a, int b) {
		int kept = heap[a];
		heap[a] = heap[b];
		heap[b] = kept;
	}

}
