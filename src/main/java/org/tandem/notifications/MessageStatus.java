package org.tandem.notifications;

/** Where a message is on its way to the recipient. */
public enum MessageStatus {

	/** Waiting until it is due, for its first attempt or a retry. */
	QUEUED,

	/** Claimed by an instance that is sending it now. */
	SENDING,

	/** Handed to the mail server or the SMS provider. */
	SENT,

	/** Could not be sent after the last attempt; a coordinator may try again. */
	FAILED,

	/** Never sent: the recipient opted out of this kind of message. */
	SKIPPED

}
