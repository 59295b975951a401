package org.tandem.notifications;

/**
 * A message could not be handed to the mail server or SMS provider. Its detail is the
 * provider's answer with personal data taken out ({@link ErrorText}), safe to store and
 * to log.
 */
class SendFailed extends Exception {

	private static final long serialVersionUID = 1L;

	private final DeliveryProblem problem;

	private final boolean permanent;

	private SendFailed(DeliveryProblem problem, String detail, boolean permanent) {
		super(detail);
		this.problem = problem;
		this.permanent = permanent;
	}

	/** The channel is not set up: trying again cannot help until it is. */
	static SendFailed notConfigured(String detail) {
		return new SendFailed(DeliveryProblem.NOT_CONFIGURED, detail, true);
	}

	/** The provider refused the message; it may take it later. */
	static SendFailed refused(String detail) {
		return new SendFailed(DeliveryProblem.PROVIDER_ERROR, detail, false);
	}

	/**
	 * The message itself cannot be sent (a malformed address): trying again cannot help.
	 */
	static SendFailed unsendable(String detail) {
		return new SendFailed(DeliveryProblem.PROVIDER_ERROR, detail, true);
	}

	/** The provider could not be reached or did not answer in time. */
	static SendFailed unreachable(String detail) {
		return new SendFailed(DeliveryProblem.UNREACHABLE, detail, false);
	}

	DeliveryProblem problem() {
		return this.problem;
	}

	/** Whether trying again cannot help, so the message fails at once. */
	boolean permanent() {
		return this.permanent;
	}

	String detail() {
		String detail = getMessage();
		return (detail != null) ? detail : this.problem.name();
	}

}
