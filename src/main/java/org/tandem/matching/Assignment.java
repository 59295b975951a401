package org.tandem.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * One senior paired with one mentor, with the pair's score.
 *
 * @param seniorId the senior
 * @param mentorId the mentor
 * @param score the pair's score, before any load penalty
 */
record Assignment(UUID seniorId, UUID mentorId, int score) {

	Assignment {
		Objects.requireNonNull(seniorId, "seniorId");
		Objects.requireNonNull(mentorId, "mentorId");
	}

}
