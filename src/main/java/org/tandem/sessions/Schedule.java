package org.tandem.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * When a session takes place, in wall-clock terms: a first day with a local start and end
 * time and, for a weekly series, every N weeks until a day or for a number of times,
 * without the days to skip (holidays). The local times hold on every day of the series,
 * across a change to or from summer time. A series given neither an end day nor a count
 * runs until the programme's term ends.
 *
 * @param firstDay the day of the first (or only) meeting
 * @param start the local start time
 * @param end the local end time, later the same day
 * @param everyWeeks for a weekly series, the weeks between meetings (1–8); {@code null}
 * for a single meeting
 * @param until the last day a meeting of the series may fall on, if given
 * @param count how many dates the series has at most, skipped ones included, if given
 * @param skipped dates of the series that are not planned
 */
public record Schedule(LocalDate firstDay, LocalTime start, LocalTime end, @Nullable Integer everyWeeks,
		@Nullable LocalDate until, @Nullable Integer count, Set<LocalDate> skipped) {

	/** The most meetings one series may have: two terms of weekly meetings. */
	public static final int MAX_MEETINGS = 100;

	static final int MAX_EVERY_WEEKS = 8;

	public Schedule {
		Objects.requireNonNull(firstDay, "firstDay");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new SessionRefused("end", "EndsAfterStart");
		}
		if (everyWeeks == null) {
			until = null;
			count = null;
		}
		else {
			if (everyWeeks < 1 || everyWeeks > MAX_EVERY_WEEKS) {
				throw new SessionRefused("everyWeeks", "EveryWeeksRange", 1, MAX_EVERY_WEEKS);
			}
			if (until != null && until.isBefore(firstDay)) {
				throw new SessionRefused("until", "UntilAfterFirstDay");
			}
			if (count != null && (count < 1 || count > MAX_MEETINGS)) {
				throw new SessionRefused("count", "CountRange", 1, MAX_MEETINGS);
			}
		}
		skipped = Set.copyOf(skipped);
	}

	public static Schedule single(LocalDate day, LocalTime start, LocalTime end) {
		return new Schedule(day, start, end, null, null, null, Set.of());
	}

	public static Schedule weekly(LocalDate firstDay, LocalTime start, LocalTime end, int everyWeeks,
			@Nullable LocalDate until, @Nullable Integer count, Set<LocalDate> skipped) {
		return new Schedule(firstDay, start, end, everyWeeks, until, count, skipped);
	}

	public boolean isSeries() {
		return this.everyWeeks != null;
	}

	/**
	 * Every date of the schedule, skipped ones included, in order.
	 * @param lastDay the day a series without an end day or count stops at (the term's
	 * last day)
	 * @throws SessionRefused if it has more than {@link #MAX_MEETINGS} dates, or a
	 * skipped day is not one of them
	 */
	List<LocalDate> days(LocalDate lastDay) {
		List<LocalDate> days = new ArrayList<>();
		if (this.everyWeeks == null) {
			days.add(this.firstDay);
		}
		else {
			LocalDate stop = (this.until != null) ? this.until : (this.count == null) ? lastDay : null;
			for (LocalDate day = this.firstDay; (stop == null || !day.isAfter(stop))
					&& (this.count == null || days.size() < this.count); day = day.plusWeeks(this.everyWeeks)) {
				if (days.size() == MAX_MEETINGS) {
					throw new SessionRefused("until", "SeriesTooLong", MAX_MEETINGS);
				}
				days.add(day);
			}
			if (days.isEmpty()) {
				days.add(this.firstDay);
			}
		}
		for (LocalDate skip : new TreeSet<>(this.skipped)) {
			if (!days.contains(skip)) {
				throw new SessionRefused("skipped", "SkipNotInSeries", skip);
			}
		}
		return days;
	}

	/** The meeting on {@code day}, as instants in the zone. */
	static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
		return ZonedDateTime.of(day, time, zone);
	}

}
