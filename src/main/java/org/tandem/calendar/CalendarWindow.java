package org.tandem.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * The stretch of time a calendar feed covers.
 *
 * @param from the earliest moment of interest
 * @param until the moment after the last of interest
 */
public record CalendarWindow(Instant from, Instant until) {

	public CalendarWindow {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		if (!until.isAfter(from)) {
			throw new IllegalArgumentException("A calendar window ends after it starts: " + from + " to " + until);
		}
	}

	/** Whether a session from {@code start} to {@code end} overlaps this window. */
	public boolean overlaps(Instant start, Instant end) {
		return start.isBefore(this.until) && end.isAfter(this.from);
	}

}
