package org.tandem.logbook;

import org.tandem.system.RuleViolated;

/**
 * A log breaks a rule: the session has not started or did not take place, someone booked
 * has no attendance, a step is reported for a senior who was not there, a number is out
 * of range. Names the field and the rule in the user's language.
 */
public class LogRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	LogRefused(String field, String rule, Object... arguments) {
		super(field, rule, "logbook.rule." + rule, arguments);
	}

}
