package org.tandem.venues;

import java.util.Objects;

/**
 * A room at a venue where sessions take place.
 *
 * @param id the room's id
 * @param name its name at the venue, for example "Studierummet"
 * @param capacity how many people fit for a session, at least 1
 */
public record Room(RoomId id, String name, int capacity) {

	public Room {
		Objects.requireNonNull(id, "id");
		RoomDetails.check(name, capacity);
		name = name.strip();
	}

}
