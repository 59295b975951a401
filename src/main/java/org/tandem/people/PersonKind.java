package org.tandem.people;

/** Which side of the programme a person is on. */
public enum PersonKind {

	/** A young person who helps. */
	MENTOR,

	/** An older person who learns. */
	SENIOR

}
