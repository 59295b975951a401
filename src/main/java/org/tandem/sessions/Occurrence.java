package org.tandem.sessions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.programmes.ProgrammeId;

/**
 * One meeting of a session on one day.
 *
 * @param id the occurrence
 * @param session the session it belongs to
 * @param programme the session's programme
 * @param kind the session's kind
 * @param title the session's title
 * @param position its place in the series, from 0
 * @param originalStart when it was first planned to start; differs from {@code start}
 * once it has been moved (a calendar's RECURRENCE-ID)
 * @param start when it starts
 * @param end when it ends
 * @param location where it takes place
 * @param status planned, cancelled or skipped
 * @param reason why it was cancelled, if said
 * @param sequence how many times it has changed since it was planned (a calendar's
 * SEQUENCE)
 */
public record Occurrence(OccurrenceId id, SessionId session, ProgrammeId programme, SessionKind kind, String title,
		int position, Instant originalStart, Instant start, Instant end, Location location, OccurrenceStatus status,
		@Nullable String reason, int sequence) {

	public boolean isPlanned() {
		return this.status == OccurrenceStatus.PLANNED;
	}

	/** Whether it was moved from the time it was first planned for. */
	public boolean moved() {
		return !this.originalStart.equals(this.start);
	}

}
