package org.tandem.logbook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;
import org.tandem.sessions.OccurrenceId;

/**
 * The last logged session a senior came to.
 *
 * @param senior the senior
 * @param occurrence the session
 * @param heldAt when it started
 * @param mentor its mentor (the one who came, if several were booked), or null if no
 * mentor was booked
 */
public record LastAttended(PersonId senior, OccurrenceId occurrence, Instant heldAt, @Nullable PersonId mentor) {

}
