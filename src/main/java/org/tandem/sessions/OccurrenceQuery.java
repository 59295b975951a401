package org.tandem.sessions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.venues.VenueId;

/**
 * Which occurrences to list: those that start in a stretch of time, of a programme, a
 * person (booked) or a venue if given, one page at a time in time order.
 *
 * @param programme only this programme's, if given
 * @param person only those this person is booked for, if given
 * @param venue only those at this venue, if given
 * @param from the earliest start
 * @param to the start before which they must start
 * @param includeCancelled whether cancelled and skipped ones are listed too
 * @param page the page, from 0
 * @param size how many per page, 1–500
 */
public record OccurrenceQuery(@Nullable ProgrammeId programme, @Nullable PersonId person, @Nullable VenueId venue,
		Instant from, Instant to, boolean includeCancelled, int page, int size) {

	public static final int MAX_SIZE = 500;

	public OccurrenceQuery {
		if (!to.isAfter(from)) {
			throw new SessionRefused("to", "RangeEndsAfterStart");
		}
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), MAX_SIZE);
	}

}
