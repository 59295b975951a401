package org.tandem.notifications;

/**
 * Why a message was not sent (yet), as coordinators are told it in their language; the
 * provider's own words, if any, are kept beside it.
 */
public enum DeliveryProblem {

	/** The recipient opted out of this kind of message: skipped, never sent. */
	OPTED_OUT,

	/** The channel has no mail server or SMS provider set up in this installation. */
	NOT_CONFIGURED,

	/** The mail server or SMS provider answered with an error. */
	PROVIDER_ERROR,

	/** The mail server or SMS provider could not be reached or did not answer in time. */
	UNREACHABLE,

	/** The instance sending it stopped before it knew whether the message went out. */
	INTERRUPTED

}
