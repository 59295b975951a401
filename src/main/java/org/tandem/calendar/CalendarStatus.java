package org.tandem.calendar;

/**
 * Whether a session or an occurrence of a series takes place.
 */
public enum CalendarStatus {

	/** It takes place as shown. */
	CONFIRMED,

	/** It was called off. */
	CANCELLED

}
