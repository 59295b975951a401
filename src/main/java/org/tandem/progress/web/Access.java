package org.tandem.progress.web;

/**
 * Who may read progress. A passport and a mentor's record are personal: admins,
 * coordinators and venue staff (who help seniors at their venue) read them; mentors,
 * seniors and analysts do not, because Tandem does not yet link a user account to a
 * person, so nobody's "own" passport can be told apart from another's. Admins and
 * coordinators record training and follow a programme up.
 */
final class Access {

	static final String READ = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')";

	static final String RUN = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Access() {
	}

}
