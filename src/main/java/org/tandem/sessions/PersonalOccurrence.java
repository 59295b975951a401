package org.tandem.sessions;

import java.time.Instant;
import java.util.List;

/**
 * An occurrence as one of the people booked for it sees it.
 *
 * @param occurrence the occurrence
 * @param role what the person does in it: mentor or senior
 * @param others the other people booked for its session, in sign-up order
 */
public record PersonalOccurrence(Occurrence occurrence, ParticipantRole role, List<Participant> others) {

	public PersonalOccurrence {
		others = List.copyOf(others);
	}

	/** Whether it has ended by {@code now}. */
	public boolean endedBy(Instant now) {
		return !this.occurrence.end().isAfter(now);
	}

	/**
	 * Whether the person should log it now: it took place as planned, it has ended, and
	 * they were its mentor.
	 */
	public boolean toBeLoggedBy(Instant now) {
		return this.role == ParticipantRole.MENTOR && this.occurrence.isPlanned() && endedBy(now);
	}

}
