package org.tandem.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tandem.people.PersonId;

/**
 * What one matching run optimises over, and how to account for it: the
 * {@link MatchingProblem} (every allowed pair with its score, the mentors' load
 * penalties, the pairs kept from before), and, computed only when asked, the explanation
 * of any pair and the reasons a senior has no pair. Explanations and reasons are worked
 * out from the same compiled data as the candidates, so they always agree with them.
 */
final class CandidateSet {

	private final CandidatePool pool;

	private final MatchingProblem problem;

	CandidateSet(CandidatePool pool, MatchingProblem problem) {
		this.pool = pool;
		this.problem = problem;
	}

	/** Builds the problem from compiled people: seniors kept before are left out. */
	static CandidateSet of(CandidatePool pool) {
		int[] problemSenior = new int[pool.seniors.length];
		List<UUID> seniors = new ArrayList<>();
		for (int s = 0; s < pool.seniors.length; s++) {
			problemSenior[s] = pool.kept(s) ? -1 : seniors.size();
			if (!pool.kept(s)) {
				seniors.add(pool.seniors[s].id().value());
			}
		}
		List<MentorLoad> mentors = new ArrayList<>();
		for (int m = 0; m < pool.mentors.length; m++) {
			mentors.add(new MentorLoad(pool.mentors[m].id().value(), pool.penalties(m)));
		}
		List<Assignment> fixed = new ArrayList<>();
		Set<PersonId> keptSeniors = new java.util.HashSet<>();
		int[] points = new int[Criterion.values().length];
		for (PairOfPeople pair : pool.input.request().kept()) {
			if (!keptSeniors.add(pair.senior())) {
				continue;
			}
			int s = pool.seniorIndex(pair.senior());
			int m = pool.mentorIndex(pair.mentor());
			int score = (s >= 0 && m >= 0) ? pool.score(s, m, points) : 0;
			fixed.add(new Assignment(pair.senior().value(), pair.mentor().value(), score));
		}
		return new CandidateSet(pool, MatchingProblem.of(seniors, mentors, pool.candidates(problemSenior), fixed));
	}

	/** Exactly what the solver optimises over. */
	MatchingProblem problem() {
		return this.problem;
	}

	/** Whether the senior is kept with a mentor (approved or pinned) in this set. */
	boolean isKept(PersonId senior) {
		int s = this.pool.seniorIndex(senior);
		return s >= 0 && this.pool.kept(s);
	}

	/**
	 * The hard rules this pair breaks, empty if it may be made: for a manual pair, which
	 * is refused with the rules named. Someone who is not an active member of the
	 * programme breaks {@link PairRule#BOTH_ACTIVE_IN_PROGRAMME} and nothing else is
	 * checked.
	 */
	Set<PairRule> rulesBroken(PersonId senior, PersonId mentor) {
		int s = this.pool.seniorIndex(senior);
		int m = this.pool.mentorIndex(mentor);
		if (s < 0 || m < 0) {
			return EnumSet.of(PairRule.BOTH_ACTIVE_IN_PROGRAMME);
		}
		return this.pool.broken(s, m);
	}

	/**
	 * The pair's score line by line; the points add up to the score the solver used. Any
	 * pair of the programme's people can be explained, allowed or not.
	 * @throws IllegalArgumentException if either is not an active member of the programme
	 */
	List<ExplanationLine> explain(PersonId senior, PersonId mentor) {
		int s = this.pool.seniorIndex(senior);
		int m = this.pool.mentorIndex(mentor);
		if (s < 0 || m < 0) {
			throw new IllegalArgumentException("Only active members of the programme can be explained");
		}
		return this.pool.explain(s, m);
	}

	/**
	 * Why a senior has no pair: for a senior without any allowed pair, what eliminated
	 * every mentor; for one who had candidates but was left out of a matching, that
	 * others took them. Empty for a senior kept with a mentor.
	 * @throws IllegalArgumentException if the senior is not an active member
	 */
	List<UnmatchedReason> unmatchedReasons(PersonId senior) {
		int s = this.pool.seniorIndex(senior);
		if (s < 0) {
			throw new IllegalArgumentException("Only active members of the programme have reasons");
		}
		int index = this.problem.seniorIndex(senior.value());
		boolean hasCandidates = index >= 0 && this.problem.pairsEnd(index) > this.problem.pairsStart(index);
		return this.pool.unmatchedReasons(s, hasCandidates);
	}

}
