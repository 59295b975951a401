package org.tandem.sessions;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

/**
 * A time that fits a pair, to plan a session from.
 *
 * @param day the day
 * @param start the local start
 * @param end the local end
 * @param place at a venue, at the senior's home or online (the link is chosen when
 * planning)
 * @param venue the venue, for a room
 * @param room the free room, for a venue
 * @param venueName the venue's name, for a room
 * @param roomName the room's name, for a room
 */
public record ProposedTime(LocalDate day, LocalTime start, LocalTime end, Place place, @Nullable VenueId venue,
		@Nullable RoomId room, @Nullable String venueName, @Nullable String roomName) {

}
