package org.tandem.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Tenancy;
import org.tandem.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances at once: delivering the same due messages, every message reaches the SMTP
 * server exactly once; asking for the same message (one dedupe key), one is stored and
 * one of the two is told so.
 */
@OutboxTest
class ConcurrentDeliveryTest {

	static final int MESSAGES = 40;

	@Autowired
	Notifications notifications;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	TestOrganisation skelleftea;

	ExecutorService instances = Executors.newFixedThreadPool(2);

	@BeforeEach
	void anOrganisation() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
	}

	@AfterEach
	void stop() {
		this.instances.shutdownNow();
	}

	<T> T in(Supplier<T> work) {
		return this.tenancy.callAs(this.skelleftea.organisation().id(), work);
	}

	/** Runs both at the same moment, as two instances would, and waits for both. */
	<T> List<T> atOnce(Callable<T> first, Callable<T> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<T>> both = new ArrayList<>();
		for (Callable<T> work : List.of(first, second)) {
			both.add(this.instances.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return work.call();
			}));
		}
		List<T> results = new ArrayList<>();
		for (Future<T> each : both) {
			results.add(each.get(120, TimeUnit.SECONDS));
		}
		return results;
	}

	@Test
	void twoInstancesDeliveringAtOnceSendEveryMessageExactlyOnce() throws Exception {
		String domain = "batch-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		List<Message> queued = new ArrayList<>();
		for (int i = 0; i < MESSAGES; i++) {
			OutgoingMessage reminder = Notices.reminder(Notices.someone(), Channel.EMAIL, "senior" + i + "@" + domain,
					Notices.SWEDISH, this.clock.instant());
			in(() -> this.notifications.enqueue(reminder));
			queued.add(in(() -> this.notifications.messageFor(reminder.dedupeKey())).orElseThrow());
		}

		List<DeliveryRound> rounds = atOnce(this.notifications::deliverDue, this.notifications::deliverDue);

		assertThat(OutboxServers.mail().getReceivedMessagesForDomain(domain)).hasSize(MESSAGES);
		for (int i = 0; i < MESSAGES; i++) {
			assertThat(OutboxServers.receivedBy("senior" + i + "@" + domain)).as("messages to senior " + i).hasSize(1);
		}
		for (Message message : queued) {
			Message sent = in(() -> this.notifications.message(message.id()));
			assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
			assertThat(sent.attempts()).isEqualTo(1);
		}
		assertThat(rounds.get(0).sent() + rounds.get(1).sent()).isGreaterThanOrEqualTo(MESSAGES);
	}

	@Test
	void twoInstancesAskingForTheSameMessageAtOnceStoreItOnce() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (int round = 0; round < 10; round++) {
			OutgoingMessage reminder = Notices.reminder(Notices.someone(), Channel.SMS, Notices.uniquePhone(),
					Notices.SWEDISH, this.clock.instant().plusSeconds(3600));
			Callable<Boolean> ask = () -> in(() -> transaction.execute((status) -> {
				boolean stored = this.notifications.enqueue(reminder);
				// The asking module's transaction goes on a little after it asked.
				pause();
				return stored;
			}));

			List<Boolean> answers = atOnce(ask, ask);

			assertThat(answers).as("round " + round).containsExactlyInAnyOrder(true, false);
			assertThat(in(() -> this.notifications.messageFor(reminder.dedupeKey()))).isPresent();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
