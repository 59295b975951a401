package org.tandem.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tandem.matching.OptimalMatchingTest.id;

/**
 * The stable matching leaves no senior and mentor who would both rather be together, and
 * of all such matchings it is the one every senior likes best; the blocking-pair audit
 * finds the pairs that make a matching unstable.
 */
class StableMatchingTest {

	static final StableMatching stable = new StableMatching();

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 400);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void hasNoBlockingPair(long seed) {
		Instance instance = Instance.small(seed);
		MatchingProblem problem = instance.problem();
		MatchingResult result = stable.solve(problem);
		Audit.assertSound(instance, result, "seed " + seed);
		assertThat(StableMatching.blockingPairs(problem, result)).as("seed %d: blocking pairs", seed).isEmpty();
		assertThat(ExhaustiveSearch.isStable(instance, Audit.matching(result)))
			.as("seed %d: stable by the exhaustive search's own check", seed)
			.isTrue();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void givesEverySeniorTheirBestPartnerInAnyStableMatching(long seed) {
		Instance instance = Instance.small(seed);
		Map<UUID, UUID> proposed = Audit.matching(stable.solve(instance.problem()));
		for (Map<UUID, UUID> other : ExhaustiveSearch.allMatchings(instance)) {
			if (!ExhaustiveSearch.isStable(instance, other)) {
				continue;
			}
			for (UUID senior : instance.seniors()) {
				UUID mine = proposed.get(senior);
				UUID theirs = other.get(senior);
				boolean atLeastAsGood = (theirs == null) || theirs.equals(mine) || (mine != null && ExhaustiveSearch
					.ranksAbove(instance.score(senior, mine), mine, instance.score(senior, theirs), theirs));
				assertThat(atLeastAsGood)
					.as("seed %d: senior %s has %s, another stable matching gives %s", seed, senior, mine, theirs)
					.isTrue();
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void neverBeatsTheOptimumAndAnswersTheSameInAnyOrder(long seed) {
		Instance instance = Instance.small(seed);
		MatchingResult result = stable.solve(instance.problem());
		assertThat(Audit.value(result)).as("seed %d", seed)
			.isLessThanOrEqualTo(Audit.value(new OptimalMatching().solve(instance.problem())));
		assertThat(stable.solve(instance.shuffled(seed).problem())).as("seed %d: shuffled", seed).isEqualTo(result);
	}

	/**
	 * Both sides rank by the same pair score (ties by id), so every preference follows
	 * one order of all pairs, and then the only stable matching is the one greedy takes.
	 * Two independent implementations must agree on it.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void equalsTheGreedyMatchingBecauseBothSidesRankByTheSameScore(long seed) {
		Instance instance = Instance.small(seed);
		MatchingResult result = stable.solve(instance.problem());
		MatchingResult greedy = new GreedyMatching().solve(instance.problem());
		assertThat(result.assignments()).as("seed %d", seed).isEqualTo(greedy.assignments());
		assertThat(result.objective()).as("seed %d", seed).isEqualTo(greedy.objective());
	}

	@Test
	void showsWhatStabilityCostsAgainstTheOptimum() {
		UUID anna = id(1);
		UUID bertil = id(2);
		UUID mentorOne = id(11);
		UUID mentorTwo = id(12);
		Instance instance = new Instance(List.of(anna, bertil),
				List.of(new MentorLoad(mentorOne, LoadPenalties.of(0)), new MentorLoad(mentorTwo, LoadPenalties.of(0))),
				List.of(new Assignment(anna, mentorOne, 100), new Assignment(anna, mentorTwo, 10),
						new Assignment(bertil, mentorOne, 5)),
				List.of());
		MatchingProblem problem = instance.problem();
		MatchingResult stableResult = stable.solve(problem);
		MatchingResult optimalResult = new OptimalMatching().solve(problem);
		assertThat(stableResult.assignments()).containsExactly(new Assignment(anna, mentorOne, 100));
		assertThat(stableResult.unmatched()).containsExactly(bertil);
		assertThat(optimalResult.matchedCount()).isEqualTo(2);
		assertThat(StableMatching.blockingPairs(problem, optimalResult))
			.containsExactly(new BlockingPair(anna, mentorOne, 100));
	}

	@Test
	void breaksEqualScoresBySmallerId() {
		UUID first = id(1);
		UUID second = id(2);
		UUID mentor = id(11);
		Instance instance = new Instance(List.of(second, first), List.of(new MentorLoad(mentor, LoadPenalties.of(0))),
				List.of(new Assignment(second, mentor, 40), new Assignment(first, mentor, 40)), List.of());
		assertThat(stable.solve(instance.problem()).assignments()).containsExactly(new Assignment(first, mentor, 40));
	}

	@Test
	void auditRefusesAMatchingWithAPairThatIsNotAllowed() {
		UUID senior = id(1);
		UUID mentor = id(11);
		MatchingProblem problem = new Instance(List.of(senior), List.of(new MentorLoad(mentor, LoadPenalties.of(0))),
				List.of(), List.of())
			.problem();
		MatchingResult invented = new MatchingResult(MatchingMode.STABLE, List.of(new Assignment(senior, mentor, 10)),
				List.of(), 1, 10, List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> StableMatching.blockingPairs(problem, invented))
			.withMessageContaining("not an allowed pair");
	}

}
