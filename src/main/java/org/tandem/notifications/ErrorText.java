package org.tandem.notifications;

import java.util.regex.Pattern;

/**
 * A provider's error message made fit to store, show and log: e-mail addresses and phone
 * numbers (the recipient's, or any a server quotes) are replaced, line breaks joined, and
 * the text kept short. Providers' messages are otherwise kept in their own words: they
 * tell a coordinator or an operator what went wrong.
 */
final class ErrorText {

	static final int MAX = MessageRepository.MAX_ERROR;

	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

	/**
	 * Seven or more digits, possibly with a leading + and spaces or dashes between them.
	 */
	private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s-]?\\d){6,}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private ErrorText() {
	}

	/**
	 * @param text what the provider said
	 * @param address the recipient's address, taken out wherever it appears
	 */
	static String of(String text, String address) {
		String clean = text;
		if (!address.isBlank()) {
			clean = Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(clean).replaceAll("…");
			String digits = address.startsWith("+") ? address.substring(1) : "";
			if (digits.length() > 3) {
				clean = clean.replace(digits, "…");
			}
		}
		clean = EMAIL.matcher(clean).replaceAll("…");
		clean = PHONE.matcher(clean).replaceAll("…");
		clean = WHITESPACE.matcher(clean).replaceAll(" ").strip();
		if (clean.isEmpty()) {
			clean = "(no message)";
		}
		return (clean.length() <= MAX) ? clean : clean.substring(0, MAX - 1) + "…";
	}

	/**
	 * What an exception says, without personal data, for a message of a given address.
	 */
	static String of(Throwable failure, String address) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null && text.length() < MAX; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (text.length() > 0) {
				text.append(" / ");
			}
			text.append(cause.getClass().getSimpleName());
			if (message != null && !message.isBlank()) {
				text.append(": ").append(message);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return of(text.toString(), address);
	}

}
