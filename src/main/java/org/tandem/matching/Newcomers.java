package org.tandem.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * Matches one senior who came in, or whose mentor left, without touching anyone else:
 * approved and pinned pairs stay, and the senior gets the mentor that adds most to the
 * objective (the pair's score less the load penalty of one more senior for that mentor).
 * With every other pair fixed that is the exact optimum, and it is solved by the same
 * solver as a whole run over the senior's own candidate set, which is read by index: the
 * senior, the mentors of the senior's municipalities and the decisions that involve them.
 */
@Service
public class Newcomers {

	private static final int ALTERNATIVES = 4;

	private final CandidateFinder finder;

	private final Pairs pairs;

	Newcomers(CandidateFinder finder, Pairs pairs) {
		this.finder = finder;
		this.pairs = pairs;
	}

	/**
	 * The best mentor for one senior now, the next best beside it, or why there is none.
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 * @throws SeniorNotMatchable if the person is not an active senior of the programme,
	 * or already has an approved or pinned mentor there
	 */
	@Transactional(readOnly = true)
	public MentorProposal propose(ProgrammeId programme, PersonId senior) {
		CandidateSet candidates = this.finder.aroundSenior(programme, senior,
				(people) -> this.pairs.requestAroundSenior(programme, senior, people));
		if (candidates.isKept(senior)) {
			throw SeniorNotMatchable.alreadyPaired();
		}
		MatchingProblem problem = candidates.problem();
		int s = problem.seniorIndex(senior.value());
		if (s < 0) {
			throw SeniorNotMatchable.notActive();
		}
		List<MentorOption> options = new ArrayList<>();
		for (int pair = problem.pairsStart(s); pair < problem.pairsEnd(s); pair++) {
			int m = problem.candidates().mentor(pair);
			PersonId mentor = new PersonId(problem.mentorId(m));
			options.add(new MentorOption(mentor, problem.candidates().score(pair), problem.penalties(m).cost(0),
					candidates.explain(senior, mentor)));
		}
		if (options.isEmpty()) {
			// Only the mentors who could reach the senior were read: none of them means
			// none nearby, not none in the programme.
			List<UnmatchedReason> reasons = candidates.unmatchedReasons(senior)
				.stream()
				.map((reason) -> (reason.code() == UnmatchedReason.Code.NO_MENTORS)
						? new UnmatchedReason(UnmatchedReason.Code.NO_MENTOR_NEARBY,
								Phrase.of("matching.unmatched." + UnmatchedReason.Code.NO_MENTOR_NEARBY))
						: reason)
				.toList();
			return new MentorProposal(senior, null, List.of(), reasons);
		}
		MatchingResult optimum = new OptimalMatching().solve(problem);
		PersonId chosen = new PersonId(optimum.assignments().get(0).mentorId());
		MentorOption best = options.stream()
			.filter((option) -> option.mentor().equals(chosen))
			.findFirst()
			.orElseThrow();
		List<MentorOption> alternatives = options.stream()
			.filter((option) -> option != best)
			.sorted(Comparator.comparingInt(MentorOption::value)
				.reversed()
				.thenComparing((option) -> option.mentor().value()))
			.limit(ALTERNATIVES)
			.toList();
		return new MentorProposal(senior, best, alternatives, List.of());
	}

}
