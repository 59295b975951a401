package org.tandem.programmes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a programme runs, both days included.
 *
 * @param start the first day
 * @param end the last day, on or after {@code start}
 */
public record Term(LocalDate start, LocalDate end) {

	public Term {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new TermEndsBeforeStart(start, end);
		}
	}

	/** Whether {@code day} falls within the term. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
