package org.tandem.people;

import org.jspecify.annotations.Nullable;

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

	/**
	 * An address from its parts as a form, an API call or an imported file gives them:
	 * none at all is no address; some but not all is refused naming the missing part.
	 * @throws ProfileRejected {@code AddressComplete} naming the missing part, or
	 * {@code PostcodeFormat} for a postcode that is not five digits
	 */
	public static @Nullable PostalAddress fromParts(@Nullable String street, @Nullable String postcode,
			@Nullable String city) {
		boolean hasStreet = street != null && !street.isBlank();
		boolean hasPostcode = postcode != null && !postcode.isBlank();
		boolean hasCity = city != null && !city.isBlank();
		if (!hasStreet && !hasPostcode && !hasCity) {
			return null;
		}
		if (!hasStreet || !hasPostcode || !hasCity) {
			throw new ProfileRejected(!hasStreet ? "street" : !hasPostcode ? "postcode" : "city", "AddressComplete");
		}
		String digits = postcode.replaceAll("\\s", "").replaceFirst("^(?i)SE-?", "");
		if (!digits.matches("[0-9]{5}")) {
			throw new ProfileRejected("postcode", "PostcodeFormat");
		}
		return new PostalAddress(street, digits, city);
	}

	/** The postcode as it is written: {@code 931 85}. */
	public String displayPostcode() {
		return this.postcode.substring(0, 3) + " " + this.postcode.substring(3);
	}

}
