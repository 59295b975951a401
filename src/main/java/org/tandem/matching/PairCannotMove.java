package org.tandem.matching;

import org.tandem.system.RuleViolated;

/**
 * A decision asked of a pair that its status does not allow: approving a pair that is not
 * pinned, ending one that is neither approved nor pinned, or one that someone else moved
 * on a moment before.
 */
public class PairCannotMove extends RuleViolated {

	private static final long serialVersionUID = 1L;

	private PairCannotMove(String rule, PairStatus status) {
		super("status", rule, "matching.pair." + rule, status.name());
	}

	static PairCannotMove onlyPinnedIsApproved(PairStatus status) {
		return new PairCannotMove("OnlyPinnedIsApproved", status);
	}

	static PairCannotMove onlyKeptEnds(PairStatus status) {
		return new PairCannotMove("OnlyKeptEnds", status);
	}

	static PairCannotMove changedMeanwhile(PairStatus status) {
		return new PairCannotMove("ChangedMeanwhile", status);
	}

}
