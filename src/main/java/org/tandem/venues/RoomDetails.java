package org.tandem.venues;

import org.jspecify.annotations.Nullable;

/**
 * A room as a coordinator describes it when creating or editing a venue.
 *
 * @param id the room's id when it is a room the venue already has, else {@code null}
 * @param name its name at the venue
 * @param capacity how many people fit for a session, at least 1
 */
public record RoomDetails(@Nullable RoomId id, String name, int capacity) {

	public RoomDetails {
		check(name, capacity);
		name = name.strip();
	}

	static void check(String name, int capacity) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("A room needs a name");
		}
		if (capacity < 1) {
			throw new RoomCapacityTooSmall(name.strip(), capacity);
		}
	}

}
