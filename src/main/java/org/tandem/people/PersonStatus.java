package org.tandem.people;

/** Where a person is in the programme. */
public enum PersonStatus {

	/** Signed up or imported, not yet accepted by a coordinator. */
	PENDING,

	/** Taking part: may be matched and booked. */
	ACTIVE,

	/** Left, paused, or withdrew consent. */
	INACTIVE

}
