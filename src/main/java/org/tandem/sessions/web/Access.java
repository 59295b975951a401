package org.tandem.sessions.web;

/**
 * Who may use the sessions pages and API: admins and coordinators plan and change
 * anything in their organisation; venue staff see the sessions (Tandem does not yet link
 * a staff account to its venues, so they see those of every venue of the organisation).
 * Mentors and seniors do not see sessions here yet: Tandem does not link user accounts to
 * people, so a mentor's own schedule waits for that link.
 */
final class Access {

	static final String READ = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')";

	static final String WRITE = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Access() {
	}

}
