package org.tandem.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A stretch of time a meeting would take, as instants, with the zone its wall-clock times
 * are planned in.
 *
 * @param start when it starts
 * @param end when it ends
 * @param zone the organisation's time zone
 */
record Slot(Instant start, Instant end, ZoneId zone) {

	ZonedDateTime localStart() {
		return this.start.atZone(this.zone);
	}

	ZonedDateTime localEnd() {
		return this.end.atZone(this.zone);
	}

	SessionTime time() {
		return new SessionTime(localStart(), localEnd());
	}

}
