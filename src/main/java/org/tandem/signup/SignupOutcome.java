package org.tandem.signup;

/** What became of a submitted sign-up form. */
public enum SignupOutcome {

	/** Received: the person is pending (or was already known, which is not told). */
	RECEIVED,

	/** The form was too old or too quickly sent; show it again. */
	FORM_EXPIRED,

	/** Too many sign-ups from this connection in the last hour. */
	TOO_MANY

}
