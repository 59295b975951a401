package org.tandem.notifications;

/** What a message tells its recipient about a session. */
public enum MessageKind {

	/** The session is booked. */
	CONFIRMATION,

	/** The session is coming up (sent, for example, a week and a day before). */
	REMINDER,

	/** The session has moved to another time or place. */
	CHANGE,

	/** The session will not take place. */
	CANCELLATION

}
