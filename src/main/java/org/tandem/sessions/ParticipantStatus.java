package org.tandem.sessions;

/** Where a person's place in a session stands. */
public enum ParticipantStatus {

	/** Has a place: their time is taken by the session. */
	BOOKED,

	/** On a workshop's waiting list, in the order they signed up. */
	WAITING,

	/** Signed up and then cancelled; kept for the record. */
	CANCELLED

}
