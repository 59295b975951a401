package org.tandem.sessions;

/** Which occurrences a reschedule or cancellation touches. */
public enum Scope {

	/** Only the occurrence named. */
	THIS,

	/** The occurrence named and every later planned occurrence of its series. */
	THIS_AND_FOLLOWING

}
