package org.tandem.logbook;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.SessionId;

/**
 * The log of one session occurrence: what holds now, and every revision.
 *
 * @param occurrence the occurrence logged
 * @param session its session
 * @param programme its programme
 * @param heldAt when it started
 * @param followUpOpen whether a coordinator still has to follow it up (a scam seen, or no
 * attestation)
 * @param followUpClosedAt when a coordinator closed the follow-up, if they did
 * @param revisions every revision, the first first; the last is what holds
 */
public record SessionLog(OccurrenceId occurrence, SessionId session, ProgrammeId programme, Instant heldAt,
		boolean followUpOpen, @Nullable Instant followUpClosedAt, List<LogRevision> revisions) {

	public SessionLog {
		revisions = List.copyOf(revisions);
		if (revisions.isEmpty()) {
			throw new IllegalArgumentException("A log has at least one revision");
		}
	}

	/** The revision that holds. */
	public LogRevision current() {
		return this.revisions.get(this.revisions.size() - 1);
	}

	public SessionReport report() {
		return current().report();
	}

	public int revision() {
		return current().revision();
	}

}
