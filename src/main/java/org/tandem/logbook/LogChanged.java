package org.tandem.logbook;

import org.tandem.sessions.OccurrenceId;
import org.tandem.system.Conflict;

/**
 * Someone logged or corrected this session since the user opened it: their log is kept,
 * and the user is asked to look at it before correcting it. Shown as 409.
 */
public class LogChanged extends Conflict {

	private static final long serialVersionUID = 1L;

	LogChanged(OccurrenceId occurrence) {
		super("logbook.changed", occurrence);
	}

}
