package org.tandem.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A single session, or a weekly series of them, as one entry of a calendar: what a
 * calendar app shows and keeps up to date under one identity.
 *
 * @param uid the entry's identity, unique across every organisation and never reused, for
 * example {@code "3f2b…-session@tandem"}; a calendar replaces what it showed under the
 * same uid
 * @param event the single session, or the first occurrence of the series, whose time of
 * day, length, place and texts every occurrence shares unless it is changed
 * @param recurrence how the series repeats, or {@code null} for a single session
 * @param skipped dates on which the series has no occurrence (a holiday), each on the
 * weekday of the first occurrence
 * @param changes occurrences moved, changed or called off
 */
public record CalendarSeries(String uid, CalendarEvent event, @Nullable WeeklyRecurrence recurrence,
		SortedSet<LocalDate> skipped, List<ChangedOccurrence> changes) {

	private static final Pattern UID = Pattern.compile("[\\x21-\\x7E]{1,255}");

	public CalendarSeries {
		Objects.requireNonNull(uid, "uid");
		Objects.requireNonNull(event, "event");
		if (!UID.matcher(uid).matches()) {
			throw new IllegalArgumentException("A calendar uid has 1 to 255 visible ASCII characters: " + uid);
		}
		skipped = Collections.unmodifiableSortedSet(new TreeSet<>(skipped));
		changes = List.copyOf(changes);
		if (recurrence == null && (!skipped.isEmpty() || !changes.isEmpty())) {
			throw new IllegalArgumentException("Only a series has skipped or changed occurrences: " + uid);
		}
		LocalDate first = event.start().toLocalDate();
		Set<LocalDate> changed = new HashSet<>();
		for (ChangedOccurrence change : changes) {
			requireOccurrenceDate(uid, first, change.originalDate());
			if (!changed.add(change.originalDate()) || skipped.contains(change.originalDate())) {
				throw new IllegalArgumentException(
						"An occurrence is skipped or changed once: " + change.originalDate() + " of " + uid);
			}
		}
		skipped.forEach((date) -> requireOccurrenceDate(uid, first, date));
	}

	/** A single session. */
	public static CalendarSeries single(String uid, CalendarEvent event) {
		return new CalendarSeries(uid, event, null, new TreeSet<>(), List.of());
	}

	/** A weekly series starting with {@code first}. */
	public static CalendarSeries weekly(String uid, CalendarEvent first, WeeklyRecurrence recurrence,
			Set<LocalDate> skipped, List<ChangedOccurrence> changes) {
		return new CalendarSeries(uid, first, recurrence, new TreeSet<>(skipped), changes);
	}

	public boolean repeats() {
		return this.recurrence != null;
	}

	/**
	 * An occurrence of a weekly series falls on the weekday of the first one, not before
	 * it. The number of weeks between is left to the rule.
	 */
	private static void requireOccurrenceDate(String uid, LocalDate first, LocalDate date) {
		if (date.isBefore(first) || date.getDayOfWeek() != first.getDayOfWeek()) {
			throw new IllegalArgumentException("No occurrence of " + uid + " falls on " + date);
		}
	}

}
