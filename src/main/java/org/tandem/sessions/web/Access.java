package org.tandem.sessions.web;

/**
 * Who may use the sessions pages and API: admins and coordinators plan and change
 * anything in their organisation; venue staff see the sessions (of every venue of the
 * organisation for now: their account names its venues, {@code CurrentUser.venueIds()},
 * and narrowing the week and session pages to them is still to do; a venue's day list
 * already shows venue staff only their own venues, see {@code DayLists}). Mentors and
 * seniors see their own sessions only, on "My sessions" ({@link MySessionsController},
 * {@link MySessionsApi}), found through the person their account is linked to.
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
