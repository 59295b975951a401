package org.tandem.logbook.web;

/**
 * Who may use the logbook's pages and API. Admins, coordinators and venue staff log on a
 * mentor's behalf; a mentor logs their own sessions, which the logbook checks session by
 * session. Seniors and analysts do not read logs. Follow-ups are for admins and
 * coordinators.
 */
final class Access {

	static final String LOG = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF', 'MENTOR')";

	static final String FOLLOW_UP = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Access() {
	}

}
