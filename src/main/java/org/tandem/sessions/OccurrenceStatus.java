package org.tandem.sessions;

/** Where one occurrence of a session stands. */
public enum OccurrenceStatus {

	/** It takes place: its people and room are taken for its time. */
	PLANNED,

	/** It was planned and then called off; it takes nobody's time any more. */
	CANCELLED,

	/** A date of the series that was never planned (a holiday). */
	SKIPPED

}
