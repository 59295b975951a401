package org.tandem.venues;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a room of a venue. It stays the same when the venue is edited, so that
 * sessions can be booked into a room.
 *
 * @param value the id
 */
public record RoomId(UUID value) {

	public RoomId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
