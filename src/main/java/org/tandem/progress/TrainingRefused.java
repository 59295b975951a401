package org.tandem.progress;

import org.tandem.system.RuleViolated;

/**
 * A mentor's training cannot be recorded as given: a field is missing or out of range, or
 * the day is in the future. Names the field and the rule.
 */
public class TrainingRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	TrainingRefused(String field, String rule, Object... arguments) {
		super(field, rule, "progress.training.rule." + rule, arguments);
	}

}
