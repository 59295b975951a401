package org.tandem.people;

import org.tandem.system.RuleViolated;

/**
 * A change that a safeguarding rule forbids. The rule's name says which:
 * {@code GuardianConsentRequired}, {@code NoHomeVisitsForMinors},
 * {@code MentorAgeMinimum}.
 */
public class SafeguardingRuleBroken extends RuleViolated {

	private static final long serialVersionUID = 1L;

	SafeguardingRuleBroken(String field, String rule, Object... arguments) {
		super(field, rule, "people.safeguarding." + rule, arguments);
	}

}
