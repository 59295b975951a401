package org.tandem.matching;

import org.tandem.system.Conflict;

/**
 * So many runs are waiting already that another would wait too long; the run was not
 * started. Try again shortly.
 */
public class MatchingBusy extends Conflict {

	private static final long serialVersionUID = 1L;

	MatchingBusy(MatchingRunId run) {
		super("matching.run.busy", run);
	}

}
