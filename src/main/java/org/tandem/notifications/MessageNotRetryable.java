package org.tandem.notifications;

import org.tandem.system.RuleViolated;

/** Only a message that failed can be tried again; the others are sent or on their way. */
public class MessageNotRetryable extends RuleViolated {

	private static final long serialVersionUID = 1L;

	MessageNotRetryable() {
		super("status", "OnlyFailedMessages", "notifications.retry.onlyFailed");
	}

}
