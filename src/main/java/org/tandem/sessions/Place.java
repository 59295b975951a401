package org.tandem.sessions;

/** Where a session takes place. */
public enum Place {

	/** In a room of a venue, within its opening hours. */
	VENUE,

	/** At the senior's home: only for a pair where both may take part in home visits. */
	HOME,

	/** In an online meeting room. */
	ONLINE

}
