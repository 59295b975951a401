package org.tandem.programmes;

import org.tandem.system.RuleViolated;

/** A programme's usual session length is shorter or longer than Tandem allows. */
public class SessionLengthOutOfRange extends RuleViolated {

	private static final long serialVersionUID = 1L;

	SessionLengthOutOfRange(int minutes) {
		super("sessionMinutes", "SessionLengthOutOfRange", "programmes.sessionLengthOutOfRange", minutes,
				ProgrammeDetails.MIN_SESSION_MINUTES, ProgrammeDetails.MAX_SESSION_MINUTES);
	}

}
