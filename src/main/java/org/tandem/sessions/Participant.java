package org.tandem.sessions;

import java.time.Instant;

import org.tandem.people.PersonId;

/**
 * A person's place in a session.
 *
 * @param person the mentor or senior
 * @param role mentor or senior
 * @param status booked, waiting or cancelled
 * @param signedUpAt when they got their place or joined the waiting list
 * @param position the order of sign-up, which is the order of the waiting list
 */
public record Participant(PersonId person, ParticipantRole role, ParticipantStatus status, Instant signedUpAt,
		long position) {

}
