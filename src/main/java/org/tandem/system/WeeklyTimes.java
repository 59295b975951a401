package org.tandem.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of weekly time windows, kept sorted and with overlapping or touching windows on
 * the same day merged, so that two equal schedules are equal records.
 *
 * @param windows the windows, sorted by day and start
 */
public record WeeklyTimes(List<TimeWindow> windows) {

	public static final WeeklyTimes NONE = new WeeklyTimes(List.of());

	public WeeklyTimes {
		windows = merged(windows);
	}

	public static WeeklyTimes of(TimeWindow... windows) {
		return new WeeklyTimes(List.of(windows));
	}

	public boolean isEmpty() {
		return this.windows.isEmpty();
	}

	/** The longest single stretch both schedules share, zero if none. */
	public Duration longestSharedStretch(WeeklyTimes other) {
		Duration longest = Duration.ZERO;
		for (TimeWindow mine : this.windows) {
			for (TimeWindow theirs : other.windows) {
				Duration shared = mine.overlap(theirs);
				if (shared.compareTo(longest) > 0) {
					longest = shared;
				}
			}
		}
		return longest;
	}

	/** The total time per week both schedules share. */
	public Duration totalShared(WeeklyTimes other) {
		Duration total = Duration.ZERO;
		for (TimeWindow mine : this.windows) {
			for (TimeWindow theirs : other.windows) {
				total = total.plus(mine.overlap(theirs));
			}
		}
		return total;
	}

	private static List<TimeWindow> merged(List<TimeWindow> windows) {
		List<TimeWindow> sorted = new ArrayList<>(windows);
		sorted.sort(null);
		List<TimeWindow> result = new ArrayList<>();
		for (TimeWindow window : sorted) {
			if (!result.isEmpty()) {
				TimeWindow last = result.get(result.size() - 1);
				if (last.day() == window.day() && !window.start().isAfter(last.end())) {
					result.set(result.size() - 1, new TimeWindow(last.day(), last.start(),
							window.end().isAfter(last.end()) ? window.end() : last.end()));
					continue;
				}
			}
			result.add(window);
		}
		return List.copyOf(result);
	}

}
