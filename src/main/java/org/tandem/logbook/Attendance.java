package org.tandem.logbook;

/** Whether a person came to a session. */
public enum Attendance {

	PRESENT,

	ABSENT,

	/** Called off too late to be planned around (on the day, typically). */
	CANCELLED_LATE;

	public boolean attended() {
		return this == PRESENT;
	}

}
