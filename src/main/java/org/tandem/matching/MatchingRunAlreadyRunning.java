package org.tandem.matching;

import org.tandem.programmes.ProgrammeId;
import org.tandem.system.Conflict;

/**
 * A programme's run was started while another of its runs is still running: two runs
 * would propose over each other. Wait for the first to finish.
 */
public class MatchingRunAlreadyRunning extends Conflict {

	private static final long serialVersionUID = 1L;

	MatchingRunAlreadyRunning(ProgrammeId programme) {
		super("matching.run.alreadyRunning", programme);
	}

}
