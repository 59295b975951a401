package org.tandem.logbook;

import java.time.Instant;
import java.util.List;

import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.SessionId;
import org.tandem.people.PersonId;

/**
 * A logged session a coordinator still has to follow up: the mentor saw what may be a
 * scam, or did not attest that nobody's BankID, PIN or passwords were handled.
 *
 * @param occurrence the occurrence logged
 * @param session its session
 * @param programme its programme
 * @param heldAt when it started
 * @param revision the log's current revision
 * @param scamSeen whether the current revision reports a possible scam
 * @param attested whether the current revision carries the attestation
 * @param changedAt when the log was last written
 * @param mentors the session's mentors as the log names them
 */
public record FollowUp(OccurrenceId occurrence, SessionId session, ProgrammeId programme, Instant heldAt, int revision,
		boolean scamSeen, boolean attested, Instant changedAt, List<PersonId> mentors) {

	public FollowUp {
		mentors = List.copyOf(mentors);
	}

}
