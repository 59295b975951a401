package org.tandem.people;

/** How a person wants to be reached. Many seniors never log in. */
public enum ContactChannel {

	SMS, PHONE, EMAIL, POST, VIA_VENUE_STAFF

}
