package org.tandem.system;

/**
 * A record that does not exist, or exists in another organisation (the two are never told
 * apart, so a user cannot probe for other organisations' data). Shown as 404.
 */
public abstract class NotFound extends RuntimeException {

	private final String messageKey;

	protected NotFound(String messageKey, Object id) {
		super(messageKey + " " + id);
		this.messageKey = messageKey;
	}

	/** The message bundle key that tells the user what was not found. */
	public String messageKey() {
		return this.messageKey;
	}

}
