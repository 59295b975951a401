package org.tandem.matching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run's candidate set survives storage exactly: what is read back is the problem the
 * solver was given, item for item, and solves to the same optimum.
 */
class StoredCandidatesTest {

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void readsBackExactlyTheProblemThatWasStored(long seed) throws IOException {
		MatchingProblem problem = problem(seed);

		MatchingProblem read = StoredCandidates.problem(StoredCandidates.encode(problem).stream());

		assertThat(items(read)).as("seed " + seed).isEqualTo(items(problem));
		MatchingResult original = new OptimalMatching().solve(problem);
		MatchingResult again = new OptimalMatching().solve(read);
		assertThat(again.matchedCount()).as("seed " + seed).isEqualTo(original.matchedCount());
		assertThat(again.objective()).as("seed " + seed).isEqualTo(original.objective());
	}

	@Test
	void streamsItemsInTheOrderTheSinkIsPromised() throws IOException {
		MatchingProblem problem = Instance.towns(7, 200, 60, 5, 0.3).problem();
		List<String> kinds = new ArrayList<>();
		StoredCandidates.read(StoredCandidates.encode(problem).stream(), new Items(kinds));

		List<String> order = kinds.stream().distinct().toList();
		assertThat(order).containsExactly("senior", "mentor", "candidate");
		assertThat(kinds.stream().filter("candidate"::equals).count()).isEqualTo(problem.candidates().size());
	}

	@Test
	void refusesATruncatedOrForeignBlob() throws IOException {
		MatchingProblem problem = Instance.towns(3, 100, 30, 3, 0.5).problem();
		ByteArrayOutputStream whole = new ByteArrayOutputStream();
		StoredCandidates.write(problem, whole);
		byte[] bytes = whole.toByteArray();
		byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

		assertThatThrownBy(() -> StoredCandidates.problem(new ByteArrayInputStream(truncated)))
			.isInstanceOf(IOException.class);
		assertThatThrownBy(() -> StoredCandidates.problem(new ByteArrayInputStream(new byte[] { 1, 2, 3 })))
			.isInstanceOf(IOException.class);
	}

	/**
	 * Small instances as the solver tests use them, and every third one with scores and
	 * penalties up to the limit in either sign, so that every width of number is stored.
	 */
	static MatchingProblem problem(long seed) {
		Instance instance = Instance.small(seed);
		if (seed % 3 != 0) {
			return instance.problem();
		}
		Random random = new Random(seed);
		List<MentorLoad> mentors = new ArrayList<>();
		for (MentorLoad mentor : instance.mentors()) {
			int[] penalties = new int[mentor.penalties().capacity()];
			int penalty = -MatchingProblem.LIMIT + random.nextInt(1000);
			for (int k = 0; k < penalties.length; k++) {
				penalty = (int) Math.min(MatchingProblem.LIMIT, penalty + (long) random.nextInt(MatchingProblem.LIMIT));
				penalties[k] = penalty;
			}
			mentors.add(new MentorLoad(mentor.mentorId(), LoadPenalties.of(penalties)));
		}
		List<Assignment> pairs = instance.pairs()
			.stream()
			.map((pair) -> new Assignment(pair.seniorId(), pair.mentorId(),
					random.nextInt(2 * MatchingProblem.LIMIT + 1) - MatchingProblem.LIMIT))
			.toList();
		return new Instance(instance.seniors(), mentors, pairs, instance.fixed()).problem();
	}

	static List<String> items(MatchingProblem problem) throws IOException {
		List<String> items = new ArrayList<>();
		for (int senior = 0; senior < problem.seniorCount(); senior++) {
			items.add("senior " + problem.seniorId(senior));
		}
		for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
			items.add("mentor " + problem.mentorId(mentor) + " " + problem.penalties(mentor));
		}
		Candidates candidates = problem.candidates();
		for (int pair = 0; pair < candidates.size(); pair++) {
			items.add("candidate " + problem.seniorId(candidates.senior(pair)) + " "
					+ problem.mentorId(candidates.mentor(pair)) + " " + candidates.score(pair));
		}
		for (Assignment pair : problem.fixed()) {
			items.add("fixed " + pair.seniorId() + " " + pair.mentorId() + " " + pair.score());
		}
		return items;
	}

	/** Records what kind of item arrives. */
	record Items(List<String> kinds) implements CandidateSink {

		@Override
		public void senior(UUID seniorId) {
			this.kinds.add("senior");
		}

		@Override
		public void mentor(UUID mentorId, int[] penalties) {
			this.kinds.add("mentor");
		}

		@Override
		public void candidate(UUID seniorId, UUID mentorId, int score) {
			this.kinds.add("candidate");
		}

		@Override
		public void fixed(UUID seniorId, UUID mentorId, int score) {
			this.kinds.add("fixed");
		}

	}

}
