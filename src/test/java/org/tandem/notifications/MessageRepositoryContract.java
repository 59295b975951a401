package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.PersonId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox as both databases must keep it: a dedupe key stores one message per
 * organisation without failing the asking transaction; a message is claimed once, only
 * when due, only in its own organisation, even by two instances at once; its outcome is
 * recorded only under the claim that sent it; claims older than the lease are taken back;
 * opted-out kinds are skipped; the list puts failures first.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, MessageRepository.class, OptOutRepository.class })
abstract class MessageRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	MessageRepository messages;

	@Autowired
	OptOutRepository optOuts;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final PersonId astrid = new PersonId(UUID.randomUUID());

	@BeforeEach
	void twoOrganisations() {
		this.umea = OrganisationRows.insert(this.jdbc, "Umeå");
		this.lulea = OrganisationRows.insert(this.jdbc, "Luleå");
	}

	static Envelope envelope(PersonId recipient, MessageKind kind, String dedupeKey) {
		return new Envelope(new MessageId(UUID.randomUUID()), recipient, kind, Channel.SMS, "+46701234567", "sv", null,
				"Påminnelse: Tandem tisdag 1 december kl. 14.00-15.00", dedupeKey, null, 0);
	}

	Envelope queued(OrganisationId organisation, MessageKind kind, Instant due) {
		Envelope message = envelope(this.astrid, kind, "key-" + UUID.randomUUID());
		assertThat(this.tenancy.callAs(organisation,
				() -> this.messages.insert(message, MessageStatus.QUEUED, null, due, NOW)))
			.isTrue();
		return message;
	}

	Message read(OrganisationId organisation, MessageId id) {
		return this.tenancy.callAs(organisation, () -> this.messages.find(id)).orElseThrow();
	}

	Optional<Envelope> claim(OrganisationId organisation, MessageId id, UUID token, Instant at) {
		return this.tenancy.callAs(organisation, () -> this.messages.claim(id, token, at));
	}

	@Test
	void storesOneMessagePerDedupeKeyAndOrganisationAndTheAskingTransactionGoesOn() {
		Envelope first = envelope(this.astrid, MessageKind.REMINDER, "reminder:session-1:astrid:P1D");
		Envelope again = envelope(this.astrid, MessageKind.REMINDER, "reminder:session-1:astrid:P1D");

		assertThat(
				this.tenancy.callAs(this.umea, () -> this.messages.insert(first, MessageStatus.QUEUED, null, NOW, NOW)))
			.isTrue();
		assertThat(
				this.tenancy.callAs(this.umea, () -> this.messages.insert(again, MessageStatus.QUEUED, null, NOW, NOW)))
			.isFalse();
		// Still usable after the refused insert (PostgreSQL aborts a transaction on an
		// error).
		assertThat(read(this.umea, first.id()).dedupeKey()).isEqualTo("reminder:session-1:astrid:P1D");
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.messages.insert(again, MessageStatus.QUEUED, null, NOW, NOW)))
			.as("another organisation's key")
			.isTrue();
	}

	@Test
	void claimsADueMessageOnceCountingTheAttemptAndHandsOverWhatToSend() {
		Envelope message = queued(this.umea, MessageKind.REMINDER, NOW);
		UUID token = UUID.randomUUID();

		Envelope claimed = claim(this.umea, message.id(), token, NOW).orElseThrow();

		assertThat(claimed.claimToken()).isEqualTo(token);
		assertThat(claimed.attempts()).isEqualTo(1);
		assertThat(claimed.address()).isEqualTo("+46701234567");
		assertThat(claimed.body()).isEqualTo("Påminnelse: Tandem tisdag 1 december kl. 14.00-15.00");
		assertThat(claim(this.umea, message.id(), UUID.randomUUID(), NOW)).as("claimed again").isEmpty();
		assertThat(read(this.umea, message.id()).status()).isEqualTo(MessageStatus.SENDING);
	}

	@Test
	void claimsNothingBeforeItIsDueNorInAnotherOrganisation() {
		Envelope later = queued(this.umea, MessageKind.REMINDER, NOW.plus(Duration.ofDays(7)));
		Envelope due = queued(this.umea, MessageKind.REMINDER, NOW);

		assertThat(claim(this.umea, later.id(), UUID.randomUUID(), NOW)).isEmpty();
		assertThat(claim(this.lulea, due.id(), UUID.randomUUID(), NOW)).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.messages.find(due.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.due(NOW, 100))).contains(due.id())
			.doesNotContain(later.id());
		assertThat(this.tenancy.callAs(this.lulea, () -> this.messages.due(NOW, 100))).doesNotContain(due.id());
	}

	@Test
	void recordsTheOutcomeOnlyUnderTheClaimThatSentIt() {
		Envelope message = queued(this.umea, MessageKind.REMINDER, NOW);
		UUID token = UUID.randomUUID();
		claim(this.umea, message.id(), token, NOW);

		assertThat(this.tenancy.callAs(this.umea,
				() -> this.messages.sent(message.id(), UUID.randomUUID(), "s-other", NOW)))
			.isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.sent(message.id(), token, "s1", NOW))).isTrue();

		Message sent = read(this.umea, message.id());
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.providerMessageId()).isEqualTo("s1");
		assertThat(sent.sentAt()).isEqualTo(NOW);
	}

	@Test
	void aFailedAttemptIsQueuedForItsRetryOrFailsForGood() {
		Envelope retried = queued(this.umea, MessageKind.REMINDER, NOW);
		Envelope failed = queued(this.umea, MessageKind.REMINDER, NOW);
		UUID token = UUID.randomUUID();
		claim(this.umea, retried.id(), token, NOW);
		claim(this.umea, failed.id(), token, NOW);

		this.tenancy.runAs(this.umea, () -> {
			this.messages.failed(retried.id(), token, DeliveryProblem.PROVIDER_ERROR, "402: Not enough credits",
					NOW.plus(Duration.ofMinutes(1)));
			this.messages.failed(failed.id(), token, DeliveryProblem.NOT_CONFIGURED, "No SMS provider", null);
		});

		Message waiting = read(this.umea, retried.id());
		assertThat(waiting.status()).isEqualTo(MessageStatus.QUEUED);
		assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(waiting.problem()).isEqualTo(DeliveryProblem.PROVIDER_ERROR);
		assertThat(waiting.lastError()).isEqualTo("402: Not enough credits");
		Message gaveUp = read(this.umea, failed.id());
		assertThat(gaveUp.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(gaveUp.problem()).isEqualTo(DeliveryProblem.NOT_CONFIGURED);
		assertThat(claim(this.umea, retried.id(), UUID.randomUUID(), NOW)).as("not due yet").isEmpty();
		assertThat(claim(this.umea, retried.id(), UUID.randomUUID(), NOW.plus(Duration.ofMinutes(1)))).get()
			.extracting(Envelope::attempts)
			.isEqualTo(2);
	}

	@Test
	void takesBackClaimsOlderThanTheLeaseAndTheLapsedClaimCannotRecordAnything() {
		Envelope message = queued(this.umea, MessageKind.REMINDER, NOW);
		UUID lapsed = UUID.randomUUID();
		claim(this.umea, message.id(), lapsed, NOW);

		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.reclaimStale(NOW.minusSeconds(600), 4, NOW)))
			.isZero();
		assertThat(this.tenancy.callAs(this.lulea,
				() -> this.messages.reclaimStale(NOW.plusSeconds(1), 4, NOW.plusSeconds(601))))
			.isZero();
		assertThat(this.tenancy.callAs(this.umea,
				() -> this.messages.reclaimStale(NOW.plusSeconds(1), 4, NOW.plusSeconds(601))))
			.isEqualTo(1);

		Message takenBack = read(this.umea, message.id());
		assertThat(takenBack.status()).isEqualTo(MessageStatus.QUEUED);
		assertThat(takenBack.problem()).isEqualTo(DeliveryProblem.INTERRUPTED);
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.sent(message.id(), lapsed, "s1", NOW))).isFalse();
	}

	@Test
	void aClaimTakenBackAfterTheLastAttemptFails() {
		Envelope message = queued(this.umea, MessageKind.REMINDER, NOW);
		for (int attempt = 1; attempt <= 2; attempt++) {
			UUID token = UUID.randomUUID();
			claim(this.umea, message.id(), token, NOW);
			if (attempt < 2) {
				this.tenancy.runAs(this.umea,
						() -> this.messages.failed(message.id(), token, DeliveryProblem.UNREACHABLE, "timeout", NOW));
			}
		}

		this.tenancy.runAs(this.umea, () -> this.messages.reclaimStale(NOW.plusSeconds(1), 2, NOW));

		Message failed = read(this.umea, message.id());
		assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(2);
		assertThat(failed.problem()).isEqualTo(DeliveryProblem.INTERRUPTED);
	}

	@Test
	void anOptOutSkipsThePersonsQueuedMessagesOfThatKindAtOnce() {
		Envelope reminder = queued(this.umea, MessageKind.REMINDER, NOW);
		Envelope cancellation = queued(this.umea, MessageKind.CANCELLATION, NOW);
		Envelope elsewhere = queued(this.lulea, MessageKind.REMINDER, NOW);

		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.skipQueued(this.astrid, MessageKind.REMINDER)))
			.isEqualTo(1);

		assertThat(read(this.umea, reminder.id()).status()).isEqualTo(MessageStatus.SKIPPED);
		assertThat(read(this.umea, reminder.id()).problem()).isEqualTo(DeliveryProblem.OPTED_OUT);
		assertThat(read(this.umea, cancellation.id()).status()).isEqualTo(MessageStatus.QUEUED);
		assertThat(read(this.lulea, elsewhere.id()).status()).isEqualTo(MessageStatus.QUEUED);
	}

	@Test
	void aMessageWhoseRecipientOptedOutIsNeverClaimedAndIsSkippedWhenDue() {
		Envelope reminder = queued(this.umea, MessageKind.REMINDER, NOW);
		Envelope cancellation = queued(this.umea, MessageKind.CANCELLATION, NOW);
		Envelope elsewhere = queued(this.lulea, MessageKind.REMINDER, NOW);
		this.tenancy.runAs(this.umea, () -> this.optOuts.add(this.astrid, MessageKind.REMINDER, null, NOW));

		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.claim(reminder.id(), UUID.randomUUID(), NOW)))
			.isEmpty();
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.skipOptedOut(cancellation.id()))).isFalse();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.messages.skipOptedOut(elsewhere.id()))).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.skipOptedOut(reminder.id()))).isTrue();

		assertThat(read(this.umea, reminder.id()).status()).isEqualTo(MessageStatus.SKIPPED);
		assertThat(read(this.umea, reminder.id()).problem()).isEqualTo(DeliveryProblem.OPTED_OUT);
		assertThat(read(this.umea, cancellation.id()).status()).isEqualTo(MessageStatus.QUEUED);
		assertThat(this.tenancy.callAs(this.lulea, () -> this.messages.claim(elsewhere.id(), UUID.randomUUID(), NOW)))
			.isPresent();
	}

	@Test
	void tellsWhichDedupeKeysTheOrganisationHasAlready() {
		Envelope reminder = queued(this.umea, MessageKind.REMINDER, NOW);

		assertThat(this.tenancy.callAs(this.umea,
				() -> this.messages.existingDedupeKeys(List.of(reminder.dedupeKey(), "key-nobody-has"))))
			.containsExactly(reminder.dedupeKey());
		assertThat(
				this.tenancy.callAs(this.lulea, () -> this.messages.existingDedupeKeys(List.of(reminder.dedupeKey()))))
			.isEmpty();
	}

	@Test
	void optOutsAreKeptPerPersonKindAndOrganisation() {
		assertThat(this.tenancy.callAs(this.umea, () -> this.optOuts.add(this.astrid, MessageKind.REMINDER, null, NOW)))
			.isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.optOuts.add(this.astrid, MessageKind.REMINDER, null, NOW)))
			.isFalse();

		assertThat(this.tenancy.callAs(this.umea, () -> this.optOuts.of(this.astrid)))
			.containsExactly(MessageKind.REMINDER);
		assertThat(this.tenancy.callAs(this.lulea, () -> this.optOuts.of(this.astrid))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.optOuts.remove(this.astrid, MessageKind.REMINDER)))
			.isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.optOuts.remove(this.astrid, MessageKind.REMINDER)))
			.isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.optOuts.has(this.astrid, MessageKind.REMINDER))).isFalse();
	}

	@Test
	void listsFailuresFirstThenMessagesOnTheirWayThenTheRestNewestFirst() {
		Envelope sent = queued(this.umea, MessageKind.CONFIRMATION, NOW);
		Envelope waiting = queued(this.umea, MessageKind.REMINDER, NOW.plus(Duration.ofDays(1)));
		Envelope failed = queued(this.umea, MessageKind.CHANGE, NOW);
		this.tenancy.runAs(this.umea, () -> {
			UUID token = UUID.randomUUID();
			this.messages.claim(sent.id(), token, NOW);
			this.messages.sent(sent.id(), token, "s1", NOW);
			this.messages.claim(failed.id(), token, NOW);
			this.messages.failed(failed.id(), token, DeliveryProblem.PROVIDER_ERROR, "refused", null);
		});
		queued(this.lulea, MessageKind.REMINDER, NOW);

		MessagePage all = this.tenancy.callAs(this.umea, () -> this.messages.page(null, 0, 10));
		assertThat(all.items()).extracting(Message::id).containsExactly(failed.id(), waiting.id(), sent.id());
		assertThat(all.totalItems()).isEqualTo(3);

		MessagePage failures = this.tenancy.callAs(this.umea, () -> this.messages.page(MessageStatus.FAILED, 0, 10));
		assertThat(failures.items()).extracting(Message::id).containsExactly(failed.id());
		MessagePage second = this.tenancy.callAs(this.umea, () -> this.messages.page(null, 1, 2));
		assertThat(second.items()).extracting(Message::id).containsExactly(sent.id());
		assertThat(second.totalPages()).isEqualTo(2);
	}

	@Test
	void aFailedMessageQueuedAgainHasAllItsAttemptsAndOnlyAFailedOneCanBe() {
		Envelope failed = queued(this.umea, MessageKind.REMINDER, NOW);
		Envelope waiting = queued(this.umea, MessageKind.REMINDER, NOW);
		this.tenancy.runAs(this.umea, () -> {
			UUID token = UUID.randomUUID();
			this.messages.claim(failed.id(), token, NOW);
			this.messages.failed(failed.id(), token, DeliveryProblem.NOT_CONFIGURED, "No SMS provider", null);
		});

		assertThat(this.tenancy.callAs(this.lulea, () -> this.messages.requeue(failed.id(), NOW))).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.requeue(waiting.id(), NOW))).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.messages.requeue(failed.id(), NOW.plusSeconds(60))))
			.isTrue();

		Message again = read(this.umea, failed.id());
		assertThat(again.status()).isEqualTo(MessageStatus.QUEUED);
		assertThat(again.attempts()).isZero();
		assertThat(again.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(again.problem()).isNull();
		assertThat(again.lastError()).isNull();
	}

	@Test
	void theDeliveryJobFindsTheOrganisationsWithMessagesDueOrClaimsPastTheLease() {
		queued(this.umea, MessageKind.REMINDER, NOW);
		queued(this.lulea, MessageKind.REMINDER, NOW.plus(Duration.ofDays(1)));

		assertThat(this.messages.organisationsWithWork(NOW, NOW.minusSeconds(600))).contains(this.umea)
			.doesNotContain(this.lulea);
	}

	/**
	 * Two instances claim the same due messages at the same moment, outside any test
	 * transaction so that each claim commits on its own as in the application: every
	 * message is claimed by exactly one of them.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoInstancesClaimingAtOnceClaimEachMessageOnce() throws Exception {
		OrganisationId organisation = OrganisationRows.insert(this.jdbc, "Piteå");
		try {
			List<MessageId> ids = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				ids.add(queued(organisation, MessageKind.REMINDER, NOW).id());
			}
			Set<MessageId> claimed = ConcurrentHashMap.newKeySet();
			AtomicInteger claims = new AtomicInteger();
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				List<Future<?>> both = new ArrayList<>();
				for (int instance = 0; instance < 2; instance++) {
					both.add(instances.submit(() -> {
						start.await(10, TimeUnit.SECONDS);
						for (MessageId id : ids) {
							if (claim(organisation, id, UUID.randomUUID(), NOW).isPresent()) {
								claims.incrementAndGet();
								claimed.add(id);
							}
						}
						return null;
					}));
				}
				for (Future<?> each : both) {
					each.get(60, TimeUnit.SECONDS);
				}
			}
			finally {
				instances.shutdownNow();
			}
			assertThat(claims.get()).isEqualTo(ids.size());
			assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
			for (MessageId id : ids) {
				assertThat(read(organisation, id).attempts()).isEqualTo(1);
			}
		}
		finally {
			this.jdbc.sql("delete from notification_message where organisation_id = :id")
				.param("id", organisation.value())
				.update();
			this.jdbc.sql("delete from organisation where id = :id").param("id", organisation.value()).update();
		}
	}

}
