package org.tandem.people;

/**
 * Where a letter reaches a person who prefers post.
 *
 * @param street street and number
 * @param postcode Swedish postcode, stored as five digits
 * @param city postal town
 */
public record PostalAddress(String street, String postcode, String city) {

	public PostalAddress {
		street = street.strip();
		postcode = postcode.replaceAll("\\s", "");
		city = city.strip();
		if (street.isEmpty() || city.isEmpty()) {
			throw new IllegalArgumentException("An address has a street and a city");
		}
		if (!postcode.matches("[0-9]{5}")) {
			throw new IllegalArgumentException("A Swedish postcode has five digits");
		}
	}

	/** The postcode as it is written: {@code 931 85}. */
	public String displayPostcode() {
		return this.postcode.substring(0, 3) + " " + this.postcode.substring(3);
	}

}
