package org.tandem.sessions;

/** What sort of meeting a session is. */
public enum SessionKind {

	/** An approved pair: one mentor and one senior. */
	ONE_TO_ONE,

	/** A group: several mentors and seniors up to a capacity, with a waiting list. */
	WORKSHOP

}
