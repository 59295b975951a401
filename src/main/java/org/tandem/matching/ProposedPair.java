package org.tandem.matching;

import java.util.List;
import java.util.Objects;

import org.tandem.people.PersonId;

/**
 * One pair a run proposes, with its score and why: the explanation's points add up to the
 * score.
 *
 * @param senior the senior
 * @param mentor the mentor
 * @param score the score the solver used
 * @param kept whether the pair was kept from before rather than chosen by this run
 * @param explanation the score criterion by criterion
 */
public record ProposedPair(PersonId senior, PersonId mentor, int score, boolean kept,
		List<ExplanationLine> explanation) {

	public ProposedPair {
		Objects.requireNonNull(senior, "senior");
		Objects.requireNonNull(mentor, "mentor");
		explanation = List.copyOf(explanation);
	}

}
