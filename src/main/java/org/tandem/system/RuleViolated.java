package org.tandem.system;

/**
 * A business rule refused a change. Names the field the user should correct (or
 * {@code null} for the whole form) and the message bundle key that explains the rule.
 * Shown next to the field in a form, and as 422 problem details in the API.
 */
public abstract class RuleViolated extends RuntimeException {

	private final String field;

	private final String rule;

	private final String messageKey;

	private final Object[] arguments;

	protected RuleViolated(String field, String rule, String messageKey, Object... arguments) {
		super(rule + " on " + field);
		this.field = field;
		this.rule = rule;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	/** A short, stable name of the rule, for API clients. */
	public String rule() {
		return this.rule;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
