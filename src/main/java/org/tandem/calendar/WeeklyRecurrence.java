package org.tandem.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How a series repeats: every {@code interval} weeks on the weekday of its first
 * occurrence, until a last date or for a number of occurrences (or without end if neither
 * is given).
 *
 * @param interval 1 for every week, 2 for every other week, up to 52
 * @param until the last date an occurrence may fall on, or {@code null}
 * @param count how many occurrences there are, skipped ones included, or {@code null}
 */
public record WeeklyRecurrence(int interval, @Nullable LocalDate until, @Nullable Integer count) {

	public WeeklyRecurrence {
		if (interval < 1 || interval > 52) {
			throw new IllegalArgumentException("A weekly series repeats every 1 to 52 weeks, not " + interval);
		}
		if (until != null && count != null) {
			throw new IllegalArgumentException("A series ends on a date or after a count, not both");
		}
		if (count != null && count < 1) {
			throw new IllegalArgumentException("A series has at least one occurrence, not " + count);
		}
	}

	/** Every {@code interval} weeks up to and including {@code lastDate}. */
	public static WeeklyRecurrence until(int interval, LocalDate lastDate) {
		return new WeeklyRecurrence(interval, lastDate, null);
	}

	/** Every {@code interval} weeks, {@code count} times. */
	public static WeeklyRecurrence times(int interval, int count) {
		return new WeeklyRecurrence(interval, null, count);
	}

}
