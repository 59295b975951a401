package org.tandem.notifications;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;

/**
 * A rendered message as the outbox stores it, with what a sender needs. Its
 * {@link #toString()} names only the id: the address and the text are personal data and
 * must never reach a log line.
 *
 * @param id the message
 * @param recipient who gets it
 * @param kind what it is about
 * @param channel e-mail or SMS
 * @param address the e-mail address or E.164 phone number
 * @param locale the language it is written in
 * @param subject the e-mail's subject; null for SMS
 * @param body the e-mail's plain text, or the text message
 * @param dedupeKey the asking module's key
 * @param claimToken the claim of the instance sending it, once claimed
 * @param attempts the attempts so far, this one included once claimed
 */
record Envelope(MessageId id, PersonId recipient, MessageKind kind, Channel channel, String address, String locale,
		@Nullable String subject, String body, String dedupeKey, @Nullable UUID claimToken, int attempts) {

	/** A new message, not yet stored. */
	static Envelope of(OutgoingMessage message, RenderedText text) {
		return new Envelope(new MessageId(UUID.randomUUID()), message.recipient(), message.kind(), message.channel(),
				message.address(), text.locale().toLanguageTag(), text.subject(), text.body(), message.dedupeKey(),
				null, 0);
	}

	@Override
	public String toString() {
		return "Envelope[" + this.id + " " + this.kind + " " + this.channel + "]";
	}

}
