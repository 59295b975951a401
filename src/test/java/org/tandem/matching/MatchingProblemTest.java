package org.tandem.matching;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tandem.matching.OptimalMatchingTest.id;

/** A problem checks what it is given and puts it in one canonical order. */
class MatchingProblemTest {

	@Test
	void refusesLoadPenaltiesThatFall() {
		assertThatExceptionOfType(LoadPenaltiesDecrease.class).isThrownBy(() -> LoadPenalties.of(0, 10, 5))
			.withMessage("Load penalties must never decrease, but the penalty of new senior 2 is 10 "
					+ "and of new senior 3 is 5");
	}

	@Test
	void acceptsEqualAndRisingLoadPenalties() {
		LoadPenalties penalties = LoadPenalties.of(-5, 0, 0, 30);
		assertThat(penalties.capacity()).isEqualTo(4);
		assertThat(penalties.costOfFirst(3)).isEqualTo(-5);
		assertThat(LoadPenalties.of()).isEqualTo(LoadPenalties.none());
	}

	@Test
	void refusesScoresAndPenaltiesBeyondTheLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> Candidates.builder().add(0, 0, MatchingProblem.LIMIT + 1))
			.withMessageContaining("score");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadPenalties.of(0, -MatchingProblem.LIMIT - 1))
			.withMessageContaining("load penalty");
	}

	@Test
	void refusesAPairListedTwice() {
		Candidates candidates = Candidates.builder().add(0, 0, 10).add(0, 0, 20).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(id(1)), List.of(new MentorLoad(id(11), LoadPenalties.of(0))),
					candidates, List.of()))
			.withMessageContaining("listed twice");
	}

	@Test
	void refusesAPairThatRefersToNobody() {
		Candidates candidates = Candidates.builder().add(0, 1, 10).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(id(1)), List.of(new MentorLoad(id(11), LoadPenalties.of(0))),
					candidates, List.of()))
			.withMessageContaining("refers to senior 0 and mentor 1");
	}

	@Test
	void refusesASeniorListedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> MatchingProblem.of(List.of(id(1), id(1)), List.of(), Candidates.builder().build(), List.of()))
			.withMessageContaining("listed twice");
	}

	@Test
	void refusesToMatchAnewASeniorWhoseMentorIsKept() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(id(1)), List.of(new MentorLoad(id(11), LoadPenalties.of(0))),
					Candidates.builder().build(), List.of(new Assignment(id(1), id(11), 10))))
			.withMessageContaining("cannot also be matched anew");
	}

	@Test
	void ordersSeniorsMentorsAndPairsByIdWhateverTheyCameIn() {
		UUID early = id(1);
		UUID late = id(2);
		UUID mentorA = id(11);
		UUID mentorB = id(12);
		Candidates candidates = Candidates.builder().add(0, 0, 7).add(1, 1, 8).add(0, 1, 9).build();
		MatchingProblem problem = MatchingProblem.of(List.of(late, early),
				List.of(new MentorLoad(mentorB, LoadPenalties.of(1)), new MentorLoad(mentorA, LoadPenalties.of(2, 3))),
				candidates, List.of());
		assertThat(problem.seniorId(0)).isEqualTo(early);
		assertThat(problem.mentorId(0)).isEqualTo(mentorA);
		assertThat(problem.capacity(0)).isEqualTo(2);
		Candidates canonical = problem.candidates();
		assertThat(canonical.size()).isEqualTo(3);
		// given by position: late–B 7, early–A 8, late–A 9; canonical: early–A, late–A,
		// late–B
		assertThat(new int[] { canonical.senior(0), canonical.mentor(0), canonical.score(0) }).containsExactly(0, 0, 8);
		assertThat(new int[] { canonical.senior(1), canonical.mentor(1), canonical.score(1) }).containsExactly(1, 0, 9);
		assertThat(new int[] { canonical.senior(2), canonical.mentor(2), canonical.score(2) }).containsExactly(1, 1, 7);
		assertThat(problem.pair(1, 1)).isEqualTo(2);
		assertThat(problem.pair(0, 1)).isEqualTo(-1);
	}

}
