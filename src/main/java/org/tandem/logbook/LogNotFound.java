package org.tandem.logbook;

import org.tandem.system.NotFound;

/** The session has no log yet, or is not the organisation's. */
public class LogNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	LogNotFound(Object occurrence) {
		super("logbook.notFound", occurrence);
	}

}
