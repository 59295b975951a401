package org.tandem.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where and when an occurrence moves to. Moving the rest of a series moves every later
 * occurrence by the same number of days, to the same local times.
 *
 * @param day the new day of the occurrence named
 * @param start the new local start
 * @param end the new local end, later the same day
 * @param location the new place, or {@code null} to stay where it was
 */
public record Move(LocalDate day, LocalTime start, LocalTime end, @Nullable Location location) {

	public Move {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new SessionRefused("end", "EndsAfterStart");
		}
	}

}
