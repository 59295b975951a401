package org.tandem.venues;

import org.tandem.system.RuleViolated;

/** Another venue of the organisation already has this name (in any letter case). */
public class VenueNameTaken extends RuleViolated {

	private static final long serialVersionUID = 1L;

	VenueNameTaken(String name) {
		super("name", "VenueNameTaken", "venues.nameTaken", name);
	}

}
