package org.tandem.system;

/**
 * What a user may do in their organisation. A user holds one or more roles.
 */
public enum Role {

	/** The organisation's system owner: users, programmes, curriculum, rules. */
	ADMIN,

	/** Runs a programme: people, venues, matching, sessions, follow-up, reports. */
	COORDINATOR,

	/** A young person who helps seniors. */
	MENTOR,

	/** An older learner who chose to log in. */
	SENIOR,

	/** Librarian or care-home staff who help run sessions at a venue. */
	VENUE_STAFF,

	/** Funder or researcher: anonymised aggregates only. */
	ANALYST;

	/** The authority Spring Security checks, for example {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
