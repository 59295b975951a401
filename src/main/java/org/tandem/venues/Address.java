package org.tandem.venues;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a venue is, the Swedish way.
 *
 * @param street street and number
 * @param postcode the five-digit postcode, stored without the space ("93185")
 * @param city the postal town
 * @param municipality the municipality (kommun), which lists and reports group by
 */
public record Address(String street, String postcode, String city, String municipality) {

	/** Five digits, as written on letters ("931 85") or without the space ("93185"). */
	private static final Pattern POSTCODE = Pattern.compile("(\\d{3})\\s?(\\d{2})");

	public Address {
		street = required("street", street);
		postcode = normalisedPostcode(required("postcode", postcode));
		city = required("city", city);
		municipality = required("municipality", municipality);
	}

	/**
	 * An address from the parts a form or a request gives, any of which may be missing.
	 * @return {@code null} if every part is blank
	 * @throws VenueRefused if some parts are given and others are blank
	 * @throws InvalidPostcode if the postcode is not five digits
	 */
	public static @Nullable Address fromParts(@Nullable String street, @Nullable String postcode, @Nullable String city,
			@Nullable String municipality) {
		if (blank(street) && blank(postcode) && blank(city) && blank(municipality)) {
			return null;
		}
		return new Address(orEmpty(street), orEmpty(postcode), orEmpty(city), orEmpty(municipality));
	}

	/** The postcode as it is written on letters: "931 85". */
	public String writtenPostcode() {
		return this.postcode.substring(0, 3) + " " + this.postcode.substring(3);
	}

	/**
	 * The postcode without its space.
	 * @throws InvalidPostcode unless it is five digits, with or without a space after the
	 * third
	 */
	static String normalisedPostcode(String written) {
		Matcher matcher = POSTCODE.matcher(written.strip());
		if (!matcher.matches()) {
			throw new InvalidPostcode(written);
		}
		return matcher.group(1) + matcher.group(2);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String required(String field, String value) {
		if (value.isBlank()) {
			throw VenueRefused.addressIncomplete(field);
		}
		return value.strip();
	}

}
