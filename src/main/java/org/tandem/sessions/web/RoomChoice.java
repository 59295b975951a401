package org.tandem.sessions.web;

import java.util.ArrayList;
import java.util.List;

import org.tandem.venues.Room;
import org.tandem.venues.Venue;

/**
 * A room to choose in a planning form: its value carries the venue and the room
 * ({@code venueId/roomId}), its label the room, venue and how many it holds.
 */
record RoomChoice(String value, String label) {

	/** Every room of these venues, venue by venue. */
	static List<RoomChoice> of(List<Venue> venues) {
		List<RoomChoice> rooms = new ArrayList<>();
		for (Venue venue : venues) {
			for (Room room : venue.rooms()) {
				rooms.add(new RoomChoice(venue.id().value() + "/" + room.id().value(),
						room.name() + ", " + venue.name() + " (" + room.capacity() + ")"));
			}
		}
		return rooms;
	}

}
