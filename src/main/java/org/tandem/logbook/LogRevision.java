package org.tandem.logbook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a session's log: the first one, or a correction.
 *
 * @param revision 1 for the first log, then 2, 3, … for each correction
 * @param report what was reported
 * @param loggedBy the user who logged it, or null when the system did (an import)
 * @param onBehalf whether someone other than the session's mentor logged it (a
 * coordinator typing in a paper sign-in sheet, say)
 * @param reason why it was corrected, if said; null for the first log
 * @param loggedAt when
 */
public record LogRevision(int revision, SessionReport report, @Nullable UUID loggedBy, boolean onBehalf,
		@Nullable String reason, Instant loggedAt) {

	public LogRevision {
		Objects.requireNonNull(report, "report");
		Objects.requireNonNull(loggedAt, "loggedAt");
	}

	public boolean isCorrection() {
		return this.revision > 1;
	}

}
