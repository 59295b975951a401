package org.tandem.programmes;

import org.tandem.system.RuleViolated;

/** Another programme of the organisation already has this name (in any letter case). */
public class ProgrammeNameTaken extends RuleViolated {

	private static final long serialVersionUID = 1L;

	ProgrammeNameTaken(String name) {
		super("name", "ProgrammeNameTaken", "programmes.nameTaken", name);
	}

}
