package org.tandem.venues;

import org.tandem.system.RuleViolated;

/** A postcode that is not five digits. */
public class InvalidPostcode extends RuleViolated {

	private static final long serialVersionUID = 1L;

	InvalidPostcode(String written) {
		super("postcode", "Postcode", "venues.postcodeInvalid", written.strip());
	}

}
