package org.tandem.people;

import org.tandem.system.RuleViolated;

/** A profile breaks one of the registry's rules; names the field and the rule. */
public class ProfileRejected extends RuleViolated {

	private static final long serialVersionUID = 1L;

	ProfileRejected(String field, String rule, Object... arguments) {
		super(field, rule, "people.rule." + rule, arguments);
	}

}
