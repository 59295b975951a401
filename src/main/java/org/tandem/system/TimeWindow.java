package org.tandem.system;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly recurring stretch of time in the organisation's time zone, for example
 * Tuesdays 14:00–16:00: a person's availability or a venue's opening hours.
 *
 * @param day the weekday
 * @param start when it begins
 * @param end when it ends, after {@code start} on the same day
 */
public record TimeWindow(DayOfWeek day, LocalTime start, LocalTime end) implements Comparable<TimeWindow> {

	public TimeWindow {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A time window ends after it starts: " + start + "–" + end);
		}
	}

	/** How long this window and {@code other} share, zero if they do not meet. */
	public Duration overlap(TimeWindow other) {
		if (this.day != other.day) {
			return Duration.ZERO;
		}
		LocalTime from = this.start.isAfter(other.start) ? this.start : other.start;
		LocalTime to = this.end.isBefore(other.end) ? this.end : other.end;
		return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
	}

	@Override
	public int compareTo(TimeWindow other) {
		int byDay = this.day.compareTo(other.day);
		return (byDay != 0) ? byDay : this.start.compareTo(other.start);
	}

}
