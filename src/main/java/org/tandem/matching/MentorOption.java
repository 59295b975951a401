package org.tandem.matching;

import java.util.List;
import java.util.Objects;

import org.tandem.people.PersonId;

/**
 * One mentor a single senior could be given now, with what it is worth.
 *
 * @param mentor the mentor
 * @param score the pair's score, the sum of the explanation's points
 * @param loadPenalty what one more senior costs for this mentor's load, counting the
 * seniors the mentor already has
 * @param explanation the score criterion by criterion
 */
public record MentorOption(PersonId mentor, int score, int loadPenalty, List<ExplanationLine> explanation) {

	public MentorOption {
		Objects.requireNonNull(mentor, "mentor");
		explanation = List.copyOf(explanation);
	}

	/** What the option adds to the objective: the score less the load penalty. */
	public int value() {
		return this.score - this.loadPenalty;
	}

}
