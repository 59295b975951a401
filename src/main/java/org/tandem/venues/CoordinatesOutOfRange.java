package org.tandem.venues;

import org.tandem.system.RuleViolated;

/** A latitude or longitude that is not on Earth. */
public class CoordinatesOutOfRange extends RuleViolated {

	private static final long serialVersionUID = 1L;

	CoordinatesOutOfRange(String field, int limit) {
		super(field, "CoordinatesOutOfRange", "venues.coordinatesOutOfRange", -limit, limit);
	}

}
