package org.tandem.notifications;

/**
 * Sends a text message through an SMS provider's API. One implementation talks to 46elks
 * ({@link ElksSmsGateway}); without an account, {@link SmsGateways} puts one in its place
 * that fails every message saying so.
 */
interface SmsGateway {

	/**
	 * @param to the recipient's number in E.164 form
	 * @param text the message, plain text
	 * @return the provider's id of the message
	 * @throws SendFailed if the provider refused it or could not be reached
	 */
	String send(String to, String text) throws SendFailed;

}
