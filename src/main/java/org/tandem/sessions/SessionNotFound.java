package org.tandem.sessions;

import org.tandem.system.NotFound;

/** The organisation has no such session or occurrence. */
public class SessionNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	SessionNotFound(Object id) {
		super("sessions.notFound", id);
	}

}
