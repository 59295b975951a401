package org.tandem.matching;

import java.util.Objects;

/**
 * One criterion's share of a pair's score: the lines of a pair add up exactly to its
 * score.
 *
 * @param criterion the criterion
 * @param points the weight times the criterion's points
 * @param phrase what it means in words ("both speak Arabic", "3 of 4 wanted topics")
 */
public record ExplanationLine(Criterion criterion, int points, Phrase phrase) {

	public ExplanationLine {
		Objects.requireNonNull(criterion, "criterion");
		Objects.requireNonNull(phrase, "phrase");
	}

}
