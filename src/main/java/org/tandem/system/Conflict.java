package org.tandem.system;

/**
 * A request that cannot be carried out now because of work already under way (a second
 * matching run of a programme while one runs). Shown as 409; repeating the request later
 * may succeed.
 */
public abstract class Conflict extends RuntimeException {

	private final String messageKey;

	protected Conflict(String messageKey, Object subject) {
		super(messageKey + " " + subject);
		this.messageKey = messageKey;
	}

	/** The message bundle key that tells the user what is under way. */
	public String messageKey() {
		return this.messageKey;
	}

}
