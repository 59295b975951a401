package org.tandem.people;

import org.jspecify.annotations.Nullable;

/** How a person wants to be reached. Many seniors never log in. */
public enum ContactChannel {

	SMS, PHONE, EMAIL, POST, VIA_VENUE_STAFF;

	/**
	 * The channel to use when nobody chose one: a text message if there is a phone
	 * number, else e-mail, else a letter; none if there is no way to reach the person.
	 */
	public static @Nullable ContactChannel defaultFor(@Nullable PhoneNumber phone, @Nullable String email,
			@Nullable PostalAddress address) {
		if (phone != null) {
			return SMS;
		}
		if (email != null && !email.isBlank()) {
			return EMAIL;
		}
		return (address != null) ? POST : null;
	}

}
