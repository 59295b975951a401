package org.tandem.venues.web;

/**
 * Who may use the venue pages and API: staff and mentors who meet there may read; admins
 * and coordinators register and edit venues.
 */
final class Access {

	static final String READ = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF', 'MENTOR')";

	static final String WRITE = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Access() {
	}

}
