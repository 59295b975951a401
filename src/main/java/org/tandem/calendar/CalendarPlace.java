package org.tandem.calendar;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a session takes place, as a calendar shows it.
 *
 * @param venue the venue's name, for example "Stadsbiblioteket"
 * @param address its street address as people write it, for example "Kanalgatan 41, 931
 * 31 Skellefteå", or {@code null}
 * @param room the room at the venue, or {@code null}
 */
public record CalendarPlace(String venue, @Nullable String address, @Nullable String room) {

	public CalendarPlace {
		Objects.requireNonNull(venue, "venue");
		if (venue.isBlank()) {
			throw new IllegalArgumentException("A place names its venue");
		}
		venue = venue.strip();
		address = stripped(address);
		room = stripped(room);
	}

	private static @Nullable String stripped(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
