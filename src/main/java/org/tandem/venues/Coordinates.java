package org.tandem.venues;

import org.jspecify.annotations.Nullable;

/**
 * Where a venue is on the map (WGS 84, as phones and maps give it), for distances.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

	/**
	 * Coordinates from the two numbers a form or a request gives, either of which may be
	 * missing.
	 * @return {@code null} if both are missing
	 * @throws VenueRefused if only one is given
	 * @throws CoordinatesOutOfRange if one is not on Earth
	 */
	public static @Nullable Coordinates fromParts(@Nullable Double latitude, @Nullable Double longitude) {
		if (latitude == null && longitude == null) {
			return null;
		}
		if (latitude == null || longitude == null) {
			throw VenueRefused.coordinatesIncomplete((latitude == null) ? "latitude" : "longitude");
		}
		return new Coordinates(latitude, longitude);
	}

	public Coordinates {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new CoordinatesOutOfRange("latitude", 90);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new CoordinatesOutOfRange("longitude", 180);
		}
	}

}
