package org.tandem.notifications.web;

/**
 * Who may see the outbox and manage opt-outs: admins and coordinators, who run the
 * programmes the messages are about.
 */
final class Access {

	static final String COORDINATORS = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Access() {
	}

}
