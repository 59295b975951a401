package org.tandem.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.system.CurrentUser;
import org.tandem.system.Tenancy;

/**
 * Sends e-mail and text messages to mentors and seniors through an outbox: a message is
 * stored when it is asked for and sent by the delivery job, once, with retries, and a
 * message that could not be sent stays visible to coordinators. Everything here acts for
 * the current organisation, except {@link #deliverDue()}, which visits them all.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final MessageRepository messages;

	private final OptOutRepository optOuts;

	private final NoticeTexts texts;

	private final Delivery delivery;

	private final People people;

	private final Tenancy tenancy;

	private final Clock clock;

	Notifications(MessageRepository messages, OptOutRepository optOuts, NoticeTexts texts, Delivery delivery,
			People people, Tenancy tenancy, Clock clock) {
		this.messages = messages;
		this.optOuts = optOuts;
		this.texts = texts;
		this.delivery = delivery;
		this.people = people;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/**
	 * Writes the message out in the recipient's language and stores it, to be sent at or
	 * after {@code sendAt}. Inside the caller's transaction it is stored (or not) with
	 * the caller's other changes; outside, in a transaction of its own. A recipient who
	 * opted out of this kind of message gets it stored as SKIPPED, never sent.
	 * @return true if the message is new (queued, or skipped); false if the organisation
	 * already has a message with this dedupe key, which then stays as it was, even when
	 * two instances ask at the same moment
	 */
	@Transactional
	public boolean enqueue(OutgoingMessage message) {
		Envelope envelope = Envelope.of(message, this.texts.render(message));
		boolean optedOut = this.optOuts.has(message.recipient(), message.kind());
		boolean stored = this.messages.insert(envelope, optedOut ? MessageStatus.SKIPPED : MessageStatus.QUEUED,
				optedOut ? DeliveryProblem.OPTED_OUT : null, message.sendAt(), now());
		if (stored) {
			log.info("Message {} ({} by {}) {}", envelope.id(), message.kind(), message.channel(),
					optedOut ? "skipped: the recipient opted out" : "queued");
		}
		return stored;
	}

	/**
	 * Sends every message that is due, in every organisation: claims each (so that two
	 * instances never send one message), sends it, and records the outcome; a failed send
	 * is retried later with backoff, and fails for good after the last attempt. Takes
	 * back messages whose sending instance stopped. A message whose recipient opted out
	 * is never claimed. Call it outside any transaction; the delivery job calls it every
	 * half minute.
	 */
	public DeliveryRound deliverDue() {
		return this.delivery.deliverDue();
	}

	/**
	 * A page of the organisation's messages with one status (newest first), or of all of
	 * them: failed first, then those on their way, then the rest.
	 * @param page from 0
	 * @param size 1 to 200
	 */
	public MessagePage messages(@Nullable MessageStatus status, int page, int size) {
		return this.messages.page(status, Math.max(0, page), Math.max(1, Math.min(size, 200)));
	}

	/**
	 * @throws MessageNotFound if the organisation has no such message
	 */
	public Message message(MessageId id) {
		return this.messages.find(id).orElseThrow(() -> new MessageNotFound(id));
	}

	/**
	 * Which of these dedupe keys the organisation has a message for already, read in
	 * bulk: for a job that would otherwise write out many messages only to find them
	 * there.
	 */
	public Set<String> existingDedupeKeys(Collection<String> dedupeKeys) {
		return dedupeKeys.isEmpty() ? Set.of()
				: this.messages.existingDedupeKeys(dedupeKeys.stream().map(String::strip).toList());
	}

	/**
	 * The message with this dedupe key, if the organisation has one.
	 */
	public Optional<Message> messageFor(String dedupeKey) {
		return this.messages.findByDedupeKey(dedupeKey.strip());
	}

	/**
	 * Queues a failed message again, due now, with all its attempts.
	 * @throws MessageNotFound if the organisation has no such message
	 * @throws MessageNotRetryable if it has not failed
	 */
	@Transactional
	public Message retry(MessageId id) {
		message(id);
		if (!this.messages.requeue(id, now())) {
			throw new MessageNotRetryable();
		}
		log.info("Message {} queued again by a coordinator", id);
		return message(id);
	}

	/**
	 * The person gets no more messages of this kind: those queued are skipped now, new
	 * ones are stored as SKIPPED, and one queued while this runs is skipped when it falls
	 * due.
	 * @return false if they had opted out already
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such person
	 */
	@Transactional
	public boolean optOut(PersonId person, MessageKind kind) {
		this.people.get(person);
		UUID by = this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
		if (!this.optOuts.add(person, kind, by, now())) {
			return false;
		}
		int skipped = this.messages.skipQueued(person, kind);
		if (skipped > 0) {
			log.info("Skipped {} queued {} messages: the recipient opted out", skipped, kind);
		}
		return true;
	}

	/**
	 * The person gets messages of this kind again, from now on (skipped ones stay so).
	 * @return false if they had not opted out
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such person
	 */
	@Transactional
	public boolean optIn(PersonId person, MessageKind kind) {
		this.people.get(person);
		return this.optOuts.remove(person, kind);
	}

	/**
	 * The kinds of message the person has opted out of.
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such person
	 */
	public Set<MessageKind> optOuts(PersonId person) {
		this.people.get(person);
		return this.optOuts.of(person);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
