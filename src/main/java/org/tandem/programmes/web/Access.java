package org.tandem.programmes.web;

/**
 * Who may use the programme pages and API: everyone who works with a programme may read
 * it; admins and coordinators run it.
 */
final class Access {

	static final String READ = "hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF', 'ANALYST', 'MENTOR')";

	static final String WRITE = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Access() {
	}

}
