package org.tandem.venues;

/**
 * Where a venue is on the map (WGS 84, as phones and maps give it), for distances.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

	public Coordinates {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new CoordinatesOutOfRange("latitude", 90);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new CoordinatesOutOfRange("longitude", 180);
		}
	}

}
