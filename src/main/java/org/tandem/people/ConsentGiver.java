package org.tandem.people;

/** Who gave a consent. */
public enum ConsentGiver {

	/** The person themselves. */
	PERSON,

	/** A guardian of a person under 18. */
	GUARDIAN

}
