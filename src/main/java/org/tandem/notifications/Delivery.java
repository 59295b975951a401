package org.tandem.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * Sends what is due, organisation by organisation. Each message is claimed on its own
 * (QUEUED to SENDING, committed at once) before it is sent, and its outcome recorded
 * against that claim, so that any number of instances may deliver at the same time and
 * each message is sent by one of them. The only way a message can go out twice is an
 * instance that stops between handing it over and recording it: its claim lapses after
 * the lease and the message is sent again, which is better than never.
 * <p>
 * Logs ids, kinds, channels and outcomes; never an address or a text.
 */
@Component
class Delivery {

	/** Most messages of one organisation handled in one round, so that rounds end. */
	static final int MAX_PER_ORGANISATION = 2_000;

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	private final MessageRepository messages;

	private final EmailSender email;

	private final SmsGateway sms;

	private final Tenancy tenancy;

	private final NotificationSettings settings;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Delivery(MessageRepository messages, EmailSender email, SmsGateway sms, Tenancy tenancy,
			NotificationSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.messages = messages;
		this.email = email;
		this.sms = sms;
		this.tenancy = tenancy;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** One round over every organisation with work. */
	DeliveryRound deliverDue() {
		Instant now = now();
		List<OrganisationId> organisations = inOwnTransaction(
				() -> this.messages.organisationsWithWork(now, now.minus(this.settings.lease())));
		DeliveryRound total = DeliveryRound.none();
		for (OrganisationId organisation : organisations) {
			try (MDC.MDCCloseable ignored = MDC.putCloseable("org", organisation.toString())) {
				total = total.plus(this.tenancy.callAs(organisation, this::deliverForCurrentOrganisation));
			}
		}
		return total;
	}

	private DeliveryRound deliverForCurrentOrganisation() {
		Instant now = now();
		int reclaimed = inOwnTransaction(
				() -> this.messages.reclaimStale(now.minus(this.settings.lease()), this.settings.maxAttempts(), now));
		if (reclaimed > 0) {
			log.warn("Took back {} messages whose sending instance stopped", reclaimed);
		}
		DeliveryRound round = DeliveryRound.none();
		int handled = 0;
		while (handled < MAX_PER_ORGANISATION) {
			List<MessageId> due = inOwnTransaction(() -> this.messages.due(now(), this.settings.batch()));
			if (due.isEmpty()) {
				break;
			}
			for (MessageId id : due) {
				// Queued while its recipient was opting out: skipped now, never sent.
				if (inOwnTransaction(() -> this.messages.skipOptedOut(id))) {
					round = round.plus(new DeliveryRound(0, 0, 0, 1));
					continue;
				}
				UUID token = UUID.randomUUID();
				Optional<Envelope> claimed = inOwnTransaction(() -> this.messages.claim(id, token, now()));
				// Empty when another instance claimed it first.
				if (claimed.isPresent()) {
					round = round.plus(send(claimed.get(), token));
				}
			}
			handled += due.size();
		}
		return round;
	}

	private DeliveryRound send(Envelope message, UUID token) {
		try {
			String providerId = switch (message.channel()) {
				case EMAIL -> this.email.send(message);
				case SMS -> this.sms.send(message.address(), message.body());
			};
			if (!inOwnTransaction(() -> this.messages.sent(message.id(), token, providerId, now()))) {
				log.warn("Message {} was sent after its claim had lapsed; it may be sent twice", message.id());
			}
			log.info("Message {} ({} by {}) sent on attempt {}", message.id(), message.kind(), message.channel(),
					message.attempts());
			return new DeliveryRound(1, 0, 0, 0);
		}
		catch (SendFailed failure) {
			return failed(message, token, failure.problem(), failure.detail(), failure.permanent());
		}
		catch (RuntimeException unexpected) {
			// Only the type: an unexpected error's message may quote the address or text.
			return failed(message, token, DeliveryProblem.PROVIDER_ERROR,
					"Unexpected error: " + unexpected.getClass().getName(), false);
		}
	}

	private DeliveryRound failed(Envelope message, UUID token, DeliveryProblem problem, String detail,
			boolean permanent) {
		List<Duration> delays = this.settings.retryDelays();
		boolean last = permanent || message.attempts() > delays.size();
		@Nullable Instant retryAt = last ? null : now().plus(delays.get(message.attempts() - 1));
		inOwnTransaction(() -> this.messages.failed(message.id(), token, problem, detail, retryAt));
		if (last) {
			log.warn("Message {} ({} by {}) failed on attempt {}: {} {}", message.id(), message.kind(),
					message.channel(), message.attempts(), problem, detail);
			return new DeliveryRound(0, 0, 1, 0);
		}
		log.info("Message {} ({} by {}) not sent on attempt {}, retry at {}: {} {}", message.id(), message.kind(),
				message.channel(), message.attempts(), retryAt, problem, detail);
		return new DeliveryRound(0, 1, 0, 0);
	}

	private <T> T inOwnTransaction(Supplier<T> work) {
		T result = this.ownTransaction.execute((status) -> work.get());
		if (result == null) {
			throw new IllegalStateException("No result");
		}
		return result;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
