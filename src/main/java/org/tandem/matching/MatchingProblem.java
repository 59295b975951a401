package org.tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What one matching run decides: the seniors still to be matched, the mentors with the
 * load penalties of their free places, the allowed pairs with their scores, and the pairs
 * kept from before, which are carried through untouched and already taken out of the
 * mentors' free places.
 * <p>
 * The problem is kept in one canonical form whatever order it was given in: seniors and
 * mentors are renumbered in the order of their ids, and pairs sorted by senior, then
 * mentor. Every solver sees only that form, so the same people and pairs always give the
 * same answer, ties included, and the candidates listed for an audit are in a stable
 * order.
 */
final class MatchingProblem {

	/**
	 * The largest score or load penalty, either sign. It keeps every sum the solvers form
	 * well inside 64 bits, including OR-Tools' own scaling of costs by the node count.
	 */
	static final int LIMIT = 1_000_000_000;

	private final UUID[] seniorIds;

	private final UUID[] mentorIds;

	private final LoadPenalties[] penalties;

	private final Candidates candidates;

	private final int[] pairsStart;

	private final List<Assignment> fixed;

	private MatchingProblem(UUID[] seniorIds, UUID[] mentorIds, LoadPenalties[] penalties, Candidates candidates,
			int[] pairsStart, List<Assignment> fixed) {
		this.seniorIds = seniorIds;
		this.mentorIds = mentorIds;
		this.penalties = penalties;
		this.candidates = candidates;
		this.pairsStart = pairsStart;
		this.fixed = fixed;
	}

	/**
	 * A problem in canonical form.
	 * @param seniors the seniors to match; {@code candidates} refer to them by position
	 * @param mentors the mentors; {@code candidates} refer to them by position
	 * @param candidates the allowed pairs
	 * @param fixed pairs kept from before, whose seniors are not among {@code seniors}
	 * @throws IllegalArgumentException if an id repeats, a pair refers to nobody, a pair
	 * is listed twice, or a kept pair's senior is also to be matched
	 */
	static MatchingProblem of(List<UUID> seniors, List<MentorLoad> mentors, Candidates candidates,
			List<Assignment> fixed) {
		UUID[] seniorIds = seniors.toArray(UUID[]::new);
		int[] seniorRank = ranks(seniorIds, "senior");
		UUID[] mentorIds = mentors.stream().map(MentorLoad::mentorId).toArray(UUID[]::new);
		int[] mentorRank = ranks(mentorIds, "mentor");
		LoadPenalties[] penalties = new LoadPenalties[mentorIds.length];
		for (int m = 0; m < mentorRank.length; m++) {
			penalties[mentorRank[m]] = mentors.get(m).penalties();
		}
		List<Assignment> kept = new ArrayList<>(fixed);
		Set<UUID> keptSeniors = new HashSet<>();
		for (Assignment pair : kept) {
			if (Arrays.binarySearch(seniorIds, pair.seniorId()) >= 0) {
				throw new IllegalArgumentException(
						"Senior " + pair.seniorId() + " is kept with a mentor and cannot also be matched anew");
			}
			if (!keptSeniors.add(pair.seniorId())) {
				throw new IllegalArgumentException("Senior " + pair.seniorId() + " is kept with two mentors");
			}
		}
		kept.sort(Comparator.comparing(Assignment::seniorId));
		int[] pairsStart = new int[seniorIds.length + 1];
		Candidates canonical = canonical(candidates, seniorRank, mentorRank, pairsStart);
		return new MatchingProblem(seniorIds, mentorIds, penalties, canonical, pairsStart, List.copyOf(kept));
	}

	/**
	 * Sorts {@code ids} in place and answers, for each original position, the position in
	 * sorted order.
	 */
	private static int[] ranks(UUID[] ids, String role) {
		Integer[] order = new Integer[ids.length];
		for (int i = 0; i < ids.length; i++) {
			order[i] = i;
			Objects.requireNonNull(ids[i], role + " id");
		}
		UUID[] given = ids.clone();
		Arrays.sort(order, Comparator.comparing((Integer i) -> given[i]));
		int[] rank = new int[ids.length];
		for (int r = 0; r < order.length; r++) {
			rank[order[r]] = r;
			ids[r] = given[order[r]];
			if (r > 0 && ids[r].equals(ids[r - 1])) {
				throw new IllegalArgumentException("The " + role + " " + ids[r] + " is listed twice");
			}
		}
		return rank;
	}

	/**
	 * Renumbers the pairs and sorts them by senior, then mentor: a counting sort by
	 * senior, then each senior's few pairs sorted as longs that hold mentor and score.
	 */
	private static Candidates canonical(Candidates given, int[] seniorRank, int[] mentorRank, int[] pairsStart) {
		int size = given.size();
		for (int pair = 0; pair < size; pair++) {
			int senior = given.senior(pair);
			int mentor = given.mentor(pair);
			if (senior >= seniorRank.length || mentor >= mentorRank.length) {
				throw new IllegalArgumentException("Candidate pair " + pair + " refers to senior " + senior
						+ " and mentor " + mentor + ", but there are " + seniorRank.length + " seniors and "
						+ mentorRank.length + " mentors");
			}
			pairsStart[seniorRank[senior] + 1]++;
		}
		for (int s = 0; s < seniorRank.length; s++) {
			pairsStart[s + 1] += pairsStart[s];
		}
		int[] next = Arrays.copyOf(pairsStart, seniorRank.length);
		long[] mentorAndScore = new long[size];
		for (int pair = 0; pair < size; pair++) {
			int senior = seniorRank[given.senior(pair)];
			mentorAndScore[next[senior]++] = ((long) mentorRank[given.mentor(pair)] << 32)
					| (given.score(pair) & 0xFFFF_FFFFL);
		}
		int[] seniors = new int[size];
		int[] mentors = new int[size];
		int[] scores = new int[size];
		for (int senior = 0; senior < seniorRank.length; senior++) {
			int from = pairsStart[senior];
			int to = pairsStart[senior + 1];
			Arrays.sort(mentorAndScore, from, to);
			for (int pair = from; pair < to; pair++) {
				seniors[pair] = senior;
				mentors[pair] = (int) (mentorAndScore[pair] >>> 32);
				scores[pair] = (int) mentorAndScore[pair];
				if (pair > from && mentors[pair] == mentors[pair - 1]) {
					throw new IllegalArgumentException("The pair of senior " + senior + " and mentor " + mentors[pair]
							+ " (canonical numbering) is listed twice");
				}
			}
		}
		return Candidates.of(seniors, mentors, scores);
	}

	static void checkLimit(String what, int value) {
		if (value < -LIMIT || value > LIMIT) {
			throw new IllegalArgumentException(
					"A " + what + " must lie between -" + LIMIT + " and " + LIMIT + ", not " + value);
		}
	}

	int seniorCount() {
		return this.seniorIds.length;
	}

	UUID seniorId(int senior) {
		return this.seniorIds[senior];
	}

	/** The canonical index of a senior, or -1 if the senior is not to be matched. */
	int seniorIndex(UUID seniorId) {
		return Math.max(-1, Arrays.binarySearch(this.seniorIds, seniorId));
	}

	int mentorCount() {
		return this.mentorIds.length;
	}

	UUID mentorId(int mentor) {
		return this.mentorIds[mentor];
	}

	/** The canonical index of a mentor, or -1 if the mentor is not in this problem. */
	int mentorIndex(UUID mentorId) {
		return Math.max(-1, Arrays.binarySearch(this.mentorIds, mentorId));
	}

	LoadPenalties penalties(int mentor) {
		return this.penalties[mentor];
	}

	int capacity(int mentor) {
		return this.penalties[mentor].capacity();
	}

	/** All allowed pairs in canonical order: by senior, then mentor. */
	Candidates candidates() {
		return this.candidates;
	}

	/** The first of senior {@code senior}'s pairs. */
	int pairsStart(int senior) {
		return this.pairsStart[senior];
	}

	/** One past the last of senior {@code senior}'s pairs. */
	int pairsEnd(int senior) {
		return this.pairsStart[senior + 1];
	}

	/** The pair of {@code senior} and {@code mentor}, or -1 if it is not allowed. */
	int pair(int senior, int mentor) {
		int low = pairsStart(senior);
		int high = pairsEnd(senior) - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int found = this.candidates.mentor(middle);
			if (found < mentor) {
				low = middle + 1;
			}
			else if (found > mentor) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -1;
	}

	/** Pairs kept from before, by senior id. */
	List<Assignment> fixed() {
		return this.fixed;
	}

}
