package org.tandem.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;

/**
 * A message in the outbox as coordinators see it: to whom, what, how and how far it got.
 * Leaves out the address and the text, which are personal data nobody needs to list.
 *
 * @param id the message
 * @param recipient who gets it
 * @param kind what it is about
 * @param channel e-mail or SMS
 * @param status how far it got
 * @param attempts how many times sending was tried
 * @param nextAttemptAt when it is (or was) due
 * @param problem why it is not sent (yet), if it is not
 * @param lastError what the provider said about the last failure, without personal data
 * @param providerMessageId the mail server's or SMS provider's id of the sent message
 * @param dedupeKey the key the asking module gave
 * @param createdAt when it was asked for
 * @param sentAt when it was handed over
 */
public record Message(MessageId id, PersonId recipient, MessageKind kind, Channel channel, MessageStatus status,
		int attempts, Instant nextAttemptAt, @Nullable DeliveryProblem problem, @Nullable String lastError,
		@Nullable String providerMessageId, String dedupeKey, Instant createdAt, @Nullable Instant sentAt) {

}
