package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Tenancy;
import org.tandem.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail from the outbox through a real SMTP server: a reminder arrives once, in the
 * recipient's language, with the session's day in words; not before it is due; and one
 * whose sending instance stopped is taken back after the lease.
 */
@OutboxTest
class EmailDeliveryTest {

	@Autowired
	Notifications notifications;

	@Autowired
	MessageRepository repository;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	TestOrganisation skelleftea;

	@BeforeEach
	void anOrganisation() {
		this.clockBefore = this.clock.instant();
		this.skelleftea = this.testOrganisations.create("Skellefteå");
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	<T> T in(Supplier<T> work) {
		return this.tenancy.callAs(this.skelleftea.organisation().id(), work);
	}

	Message enqueueReminder(String address, Locale locale, Duration fromNow) {
		OutgoingMessage reminder = Notices.reminder(Notices.someone(), Channel.EMAIL, address, locale,
				this.clock.instant().plus(fromNow));
		assertThat(in(() -> this.notifications.enqueue(reminder))).isTrue();
		return in(() -> this.notifications.messageFor(reminder.dedupeKey())).orElseThrow();
	}

	static String text(MimeMessage mail) throws Exception {
		return ((String) mail.getContent()).replace("\r\n", "\n");
	}

	@Test
	void aSwedishReminderArrivesOnceWithItsSubjectAndBodyInSwedish() throws Exception {
		String address = Notices.uniqueEmail("astrid");
		Message queued = enqueueReminder(address, Notices.SWEDISH, Duration.ZERO);
		assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);

		this.notifications.deliverDue();
		this.notifications.deliverDue();

		List<MimeMessage> received = OutboxServers.receivedBy(address);
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("Påminnelse: Tandem tisdag 1 december kl. 14.00");
		assertThat(mail.getFrom()[0].toString()).isEqualTo(OutboxServers.FROM);
		assertThat(mail.getContentLanguage()).containsExactly("sv");
		assertThat(text(mail)).contains("Hej!", "Här kommer en påminnelse om din träff.",
				"När: tisdag 1 december 2026 kl. 14.00–15.00", "Var: Kåge bibliotek, Kåge byväg 20, Rum 2", "Med: Amir",
				"Vänliga hälsningar\nSkellefteå kommun");
		Message sent = in(() -> this.notifications.message(queued.id()));
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.sentAt()).isEqualTo(Notices.stored(this.clock.instant()));
		assertThat(sent.providerMessageId()).isEqualTo(mail.getMessageID());
		assertThat(sent.problem()).isNull();
	}

	@Test
	void anEnglishReminderArrivesInEnglish() throws Exception {
		String address = Notices.uniqueEmail("john");
		enqueueReminder(address, Locale.forLanguageTag("en-GB"), Duration.ZERO);

		this.notifications.deliverDue();

		MimeMessage mail = OutboxServers.receivedBy(address).get(0);
		assertThat(mail.getSubject()).isEqualTo("Reminder: Tandem, Tuesday 1 December at 14:00");
		assertThat(mail.getContentLanguage()).containsExactly("en");
		assertThat(text(mail)).contains("Hello,", "This is a reminder of your session.",
				"When: Tuesday 1 December 2026, 14:00–15:00", "Where: Kåge bibliotek, Kåge byväg 20, Rum 2",
				"With: Amir", "Best wishes,\nSkellefteå kommun",
				"Tandem sent this message automatically. Please do not reply to it.");
	}

	@Test
	void aMessageIsNotSentBeforeItIsDue() {
		String address = Notices.uniqueEmail("bengt");
		Message queued = enqueueReminder(address, Notices.SWEDISH, Duration.ofDays(7));

		this.notifications.deliverDue();
		assertThat(OutboxServers.receivedBy(address)).isEmpty();
		assertThat(in(() -> this.notifications.message(queued.id())).status()).isEqualTo(MessageStatus.QUEUED);

		this.clock.advance(Duration.ofDays(7));
		this.notifications.deliverDue();
		assertThat(OutboxServers.receivedBy(address)).hasSize(1);
	}

	@Test
	void aMessageWhoseSendingInstanceStoppedIsTakenBackAfterTheLeaseAndSent() {
		String address = Notices.uniqueEmail("cecilia");
		Message queued = enqueueReminder(address, Notices.SWEDISH, Duration.ZERO);
		// Another instance claimed it and stopped before it sent it.
		assertThat(in(() -> this.repository.claim(queued.id(), UUID.randomUUID(), this.clock.instant()))).isPresent();

		this.notifications.deliverDue();
		assertThat(OutboxServers.receivedBy(address)).isEmpty();
		assertThat(in(() -> this.notifications.message(queued.id())).status()).isEqualTo(MessageStatus.SENDING);

		this.clock.advance(Duration.ofMinutes(11));
		this.notifications.deliverDue();

		assertThat(OutboxServers.receivedBy(address)).hasSize(1);
		Message sent = in(() -> this.notifications.message(queued.id()));
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
	}

	@Test
	void theSameDedupeKeyTwiceIsOneMessage() {
		String address = Notices.uniqueEmail("doris");
		OutgoingMessage reminder = Notices.reminder(Notices.someone(), Channel.EMAIL, address, Notices.SWEDISH,
				this.clock.instant());

		assertThat(in(() -> this.notifications.enqueue(reminder))).isTrue();
		assertThat(in(() -> this.notifications.enqueue(reminder))).isFalse();
		this.notifications.deliverDue();

		assertThat(OutboxServers.receivedBy(address)).hasSize(1);
	}

}
