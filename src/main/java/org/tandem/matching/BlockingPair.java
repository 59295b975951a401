package org.tandem.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * An allowed pair that is not in a matching although both would rather have it: the
 * senior has no mentor or likes this one better, and the mentor has a free place or likes
 * this senior better than one of theirs. A stable matching has none.
 *
 * @param seniorId the senior
 * @param mentorId the mentor
 * @param score the pair's score
 */
record BlockingPair(UUID seniorId, UUID mentorId, int score) {

	BlockingPair {
		Objects.requireNonNull(seniorId, "seniorId");
		Objects.requireNonNull(mentorId, "mentorId");
	}

}
