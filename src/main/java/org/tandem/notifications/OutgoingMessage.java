package org.tandem.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.tandem.people.PersonId;
import org.tandem.people.PhoneNumber;

/**
 * A module's request to send one message. Checks itself; its errors never quote the
 * address, which is personal data.
 *
 * @param recipient who gets it
 * @param channel e-mail or SMS
 * @param address the e-mail address, or the phone number in E.164 form (+46701234567)
 * @param locale the recipient's language; Swedish or English (any other language gets
 * English)
 * @param notice what it says
 * @param dedupeKey the same key twice in an organisation is one message, e.g.
 * {@code reminder:<session>:<person>:P1D}; at most 200 characters
 * @param sendAt not before this time
 */
public record OutgoingMessage(PersonId recipient, Channel channel, String address, Locale locale, SessionNotice notice,
		String dedupeKey, Instant sendAt) {

	static final int MAX_DEDUPE_KEY = 200;

	static final int MAX_EMAIL = 320;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public OutgoingMessage {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(sendAt, "sendAt");
		Objects.requireNonNull(notice, "notice");
		address = address.strip();
		boolean valid = switch (channel) {
			case EMAIL -> isEmailAddress(address);
			case SMS -> isPhoneNumber(address);
		};
		if (!valid) {
			throw new IllegalArgumentException((channel == Channel.EMAIL) ? "Not an e-mail address"
					: "Not a phone number in E.164 form (+46701234567)");
		}
		dedupeKey = dedupeKey.strip();
		if (dedupeKey.isEmpty() || dedupeKey.length() > MAX_DEDUPE_KEY) {
			throw new IllegalArgumentException("A dedupe key has 1 to " + MAX_DEDUPE_KEY + " characters");
		}
	}

	/** What the message is about: its notice's kind. */
	public MessageKind kind() {
		return this.notice.kind();
	}

	/**
	 * Whether the outbox takes this as an e-mail address: a module that decides whether a
	 * person can be reached by e-mail asks here rather than keeping a rule of its own.
	 */
	public static boolean isEmailAddress(String address) {
		String stripped = address.strip();
		return stripped.length() <= MAX_EMAIL && EMAIL.matcher(stripped).matches();
	}

	/** E.164 as the people module writes phone numbers: one rule for both. */
	private static boolean isPhoneNumber(String address) {
		try {
			new PhoneNumber(address);
			return true;
		}
		catch (IllegalArgumentException notE164) {
			return false;
		}
	}

}
