package org.tandem.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * A mentor as the solver sees one: who, and what each further new senior would cost.
 *
 * @param mentorId the mentor's stable id
 * @param penalties the load penalties; their count is the mentor's free capacity
 */
record MentorLoad(UUID mentorId, LoadPenalties penalties) {

	MentorLoad {
		Objects.requireNonNull(mentorId, "mentorId");
		Objects.requireNonNull(penalties, "penalties");
	}

}
