package org.tandem.matching;

import org.tandem.system.RuleViolated;

/**
 * One senior cannot be matched on their own: not an active senior of the programme, or
 * already kept with a mentor.
 */
public class SeniorNotMatchable extends RuleViolated {

	private static final long serialVersionUID = 1L;

	private SeniorNotMatchable(PairRule rule) {
		super("seniorId", rule.name(), "matching.rule." + rule.name());
	}

	static SeniorNotMatchable notActive() {
		return new SeniorNotMatchable(PairRule.BOTH_ACTIVE_IN_PROGRAMME);
	}

	static SeniorNotMatchable alreadyPaired() {
		return new SeniorNotMatchable(PairRule.SENIOR_NOT_ALREADY_PAIRED);
	}

}
