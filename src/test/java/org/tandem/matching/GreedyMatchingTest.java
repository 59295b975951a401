package org.tandem.matching;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.matching.OptimalMatchingTest.id;

/** The greedy baseline is a sound matching that never does better than the optimum. */
class GreedyMatchingTest {

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 400);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void neverBeatsTheOptimum(long seed) {
		Instance instance = Instance.small(seed);
		MatchingResult greedy = new GreedyMatching().solve(instance.problem());
		Audit.assertSound(instance, greedy, "seed " + seed);
		assertThat(Audit.value(greedy)).as("seed %d", seed)
			.isLessThanOrEqualTo(Audit.value(new OptimalMatching().solve(instance.problem())));
		assertThat(new GreedyMatching().solve(instance.shuffled(seed).problem())).as("seed %d: shuffled", seed)
			.isEqualTo(greedy);
	}

	@Test
	void takesTheBestPairFirstAndLeavesASeniorWhoCouldHaveHadAMentor() {
		UUID anna = id(1);
		UUID bertil = id(2);
		UUID mentorOne = id(11);
		UUID mentorTwo = id(12);
		Instance instance = new Instance(List.of(anna, bertil),
				List.of(new MentorLoad(mentorOne, LoadPenalties.of(0)), new MentorLoad(mentorTwo, LoadPenalties.of(0))),
				List.of(new Assignment(anna, mentorOne, 100), new Assignment(anna, mentorTwo, 10),
						new Assignment(bertil, mentorOne, 5)),
				List.of());
		MatchingResult greedy = new GreedyMatching().solve(instance.problem());
		assertThat(greedy.assignments()).containsExactly(new Assignment(anna, mentorOne, 100));
		assertThat(greedy.unmatched()).containsExactly(bertil);
	}

}
