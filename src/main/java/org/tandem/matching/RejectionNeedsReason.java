package org.tandem.matching;

import org.tandem.system.RuleViolated;

/**
 * A coordinator rejects a pair without saying why; the next runs must respect a reason.
 */
public class RejectionNeedsReason extends RuleViolated {

	private static final long serialVersionUID = 1L;

	RejectionNeedsReason() {
		super("reason", "ReasonRequired", "matching.pair.reasonRequired");
	}

}
