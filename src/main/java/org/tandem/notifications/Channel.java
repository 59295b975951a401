package org.tandem.notifications;

/** How a message reaches its recipient. */
public enum Channel {

	/** An e-mail with a subject and a plain-text body. */
	EMAIL,

	/** A text message of at most two SMS segments. */
	SMS

}
