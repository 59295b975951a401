package org.tandem.venues;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a venue.
 *
 * @param value the id
 */
public record VenueId(UUID value) {

	public VenueId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
