package org.tandem.sessions.web;

/**
 * Who may use the sessions pages and API: admins and coordinators plan and change
 * anything in their organisation; venue staff see the sessions and sign seniors up for
 * workshops (Tandem does not yet link a staff account to its venues, so they see those of
 * every venue of the organisation). Mentors and seniors do not see sessions here yet:
 * Tandem does not link user accounts to people, so a mentor's own schedule waits for that
 * link.
 */
final class Access {

	static final String READ = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')";

	static final String WRITE = "hasAnyRole('ADMIN', 'COORDINATOR')";

	/**
	 * Signing seniors up for a workshop and cancelling a sign-up: venue staff help their
	 * residents and visitors with it, as well as the planners.
	 */
	static final String SIGN_UP = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')";

	private Access() {
	}

}
