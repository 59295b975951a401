package org.tandem.matching;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimal matching matches as many seniors as any matching can, and among those
 * reaches the highest total: checked against an exhaustive search on hundreds of seeded
 * random instances, and by hand on the cases a coordinator would ask about.
 */
class OptimalMatchingTest {

	static final OptimalMatching optimal = new OptimalMatching();

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 400);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void reachesTheExhaustiveOptimumOnSmallInstances(long seed) {
		Instance instance = Instance.small(seed);
		MatchingResult result = optimal.solve(instance.problem());
		Audit.assertSound(instance, result, "seed " + seed);
		assertThat(Audit.value(result)).as("seed %d: matched count and objective", seed)
			.isEqualTo(ExhaustiveSearch.best(instance));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void answersTheSameWhateverOrderTheProblemComesIn(long seed) {
		Instance instance = Instance.small(seed);
		MatchingResult first = optimal.solve(instance.problem());
		for (long shuffle = 1; shuffle <= 3; shuffle++) {
			assertThat(optimal.solve(instance.shuffled(seed * 31 + shuffle).problem()))
				.as("seed %d, shuffle %d", seed, shuffle)
				.isEqualTo(first);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("townSeeds")
	void solvingTownsApartEqualsOneNetworkForAll(long seed) {
		Instance instance = Instance.towns(seed, 400, 120, 15, 0.3);
		MatchingProblem problem = instance.problem();
		MatchingResult whole = new OptimalMatching(1, Long.MAX_VALUE).solve(problem);
		MatchingResult apart = new OptimalMatching(2, 1).solve(problem);
		MatchingResult gathered = new OptimalMatching(2, 200).solve(problem);
		Audit.assertSound(instance, whole, "seed " + seed + ", one network");
		Audit.assertSound(instance, apart, "seed " + seed + ", every component apart");
		Audit.assertSound(instance, gathered, "seed " + seed + ", components gathered");
		assertThat(Audit.value(apart)).as("seed %d: components apart", seed).isEqualTo(Audit.value(whole));
		assertThat(Audit.value(gathered)).as("seed %d: components gathered", seed).isEqualTo(Audit.value(whole));
		assertThat(optimal.solve(instance.shuffled(seed).problem())).as("seed %d: shuffled", seed)
			.isEqualTo(optimal.solve(problem));
	}

	static LongStream townSeeds() {
		return LongStream.rangeClosed(1, 20);
	}

	@Test
	void matchesMoreSeniorsBeforeAHigherTotal() {
		UUID anna = id(1);
		UUID bertil = id(2);
		UUID mentorOne = id(11);
		UUID mentorTwo = id(12);
		Instance instance = new Instance(List.of(anna, bertil),
				List.of(new MentorLoad(mentorOne, LoadPenalties.of(0)), new MentorLoad(mentorTwo, LoadPenalties.of(0))),
				List.of(new Assignment(anna, mentorOne, 100), new Assignment(anna, mentorTwo, 10),
						new Assignment(bertil, mentorOne, 5)),
				List.of());
		MatchingResult result = optimal.solve(instance.problem());
		assertThat(result.assignments()).containsExactly(new Assignment(anna, mentorTwo, 10),
				new Assignment(bertil, mentorOne, 5));
		assertThat(result.matchedCount()).isEqualTo(2);
		assertThat(result.objective()).isEqualTo(15);
	}

	@Test
	void matchesAPairWithANegativeScoreRatherThanLeaveTheSeniorAlone() {
		UUID senior = id(1);
		UUID mentor = id(11);
		Instance instance = new Instance(List.of(senior), List.of(new MentorLoad(mentor, LoadPenalties.of(30))),
				List.of(new Assignment(senior, mentor, -20)), List.of());
		MatchingResult result = optimal.solve(instance.problem());
		assertThat(result.assignments()).containsExactly(new Assignment(senior, mentor, -20));
		assertThat(result.objective()).isEqualTo(-50);
	}

	@Test
	void spreadsSeniorsOverMentorsWhenTheSecondPlaceCostsMoreThanTheScoreGained() {
		UUID first = id(1);
		UUID second = id(2);
		UUID liked = id(11);
		UUID other = id(12);
		Instance instance = new Instance(List.of(first, second),
				List.of(new MentorLoad(liked, LoadPenalties.of(0, 50)), new MentorLoad(other, LoadPenalties.of(0, 50))),
				List.of(new Assignment(first, liked, 100), new Assignment(first, other, 80),
						new Assignment(second, liked, 100), new Assignment(second, other, 80)),
				List.of());
		MatchingResult result = optimal.solve(instance.problem());
		assertThat(result.objective()).isEqualTo(180);
		assertThat(result.assignments()).extracting(Assignment::mentorId).containsExactlyInAnyOrder(liked, other);
	}

	@Test
	void leavesEverySeniorUnmatchedWhenNoPairIsAllowed() {
		Instance instance = new Instance(List.of(id(1), id(2)), List.of(new MentorLoad(id(11), LoadPenalties.of(0, 5))),
				List.of(), List.of());
		MatchingResult result = optimal.solve(instance.problem());
		assertThat(result.assignments()).isEmpty();
		assertThat(result.matchedCount()).isZero();
		assertThat(result.objective()).isZero();
		assertThat(result.unmatched()).containsExactly(id(1), id(2));
	}

	@Test
	void neverGivesAMentorWithoutFreePlacesANewSenior() {
		UUID waiting = id(1);
		UUID lucky = id(2);
		UUID full = id(11);
		UUID free = id(12);
		Instance instance = new Instance(List.of(waiting, lucky),
				List.of(new MentorLoad(full, LoadPenalties.none()), new MentorLoad(free, LoadPenalties.of(0))),
				List.of(new Assignment(waiting, full, 100), new Assignment(lucky, free, 10)),
				List.of(new Assignment(id(3), full, 70)));
		MatchingResult result = optimal.solve(instance.problem());
		assertThat(result.assignments()).containsExactly(new Assignment(lucky, free, 10));
		assertThat(result.unmatched()).containsExactly(waiting);
		assertThat(result.fixed()).containsExactly(new Assignment(id(3), full, 70));
	}

	@Test
	void leavesAllSeniorsUnmatchedWhenNoMentorHasAFreePlace() {
		UUID a = id(1);
		UUID b = id(2);
		UUID c = id(3);
		UUID full = id(11);
		UUID alsoFull = id(12);
		Instance instance = new Instance(List.of(c, a, b),
				List.of(new MentorLoad(full, LoadPenalties.none()), new MentorLoad(alsoFull, LoadPenalties.none())),
				List.of(new Assignment(a, full, 50), new Assignment(b, alsoFull, 60), new Assignment(c, full, 70)),
				List.of());
		for (MatchingResult result : List.of(optimal.solve(instance.problem()),
				new StableMatching().solve(instance.problem()), new GreedyMatching().solve(instance.problem()))) {
			assertThat(result.assignments()).as(result.mode().name()).isEmpty();
			assertThat(result.unmatched()).as(result.mode().name()).containsExactly(a, b, c);
		}
	}

	@Test
	void solvesAProblemWithNobodyInIt() {
		MatchingResult result = optimal
			.solve(MatchingProblem.of(List.of(), List.of(), Candidates.builder().build(), List.of()));
		assertThat(result.assignments()).isEmpty();
		assertThat(result.unmatched()).isEmpty();
		assertThat(result.objective()).isZero();
	}

	static UUID id(int n) {
		return new UUID(0, n);
	}

}
