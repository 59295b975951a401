package org.tandem.curriculum;

import org.tandem.system.RuleViolated;

/** Another topic of the organisation already has this code. */
public class TopicCodeTaken extends RuleViolated {

	private static final long serialVersionUID = 1L;

	TopicCodeTaken(String code) {
		super("code", "TopicCodeTaken", "curriculum.topic.codeTaken", code);
	}

}
