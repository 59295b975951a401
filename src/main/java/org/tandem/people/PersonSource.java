package org.tandem.people;

/** How a person came into Tandem. */
public enum PersonSource {

	/** Typed in by a coordinator. */
	MANUAL,

	/** A public sign-up form. */
	SIGNUP,

	/** A CSV or XLSX import. */
	IMPORT

}
