package org.tandem.sessions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.notifications.MessageKind;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.OutboxServers;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.ContactChannel;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.testing.MutableClock;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TandemTest;
import org.tandem.testing.TestPostgres;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reminder job on PostgreSQL, as two instances run it: both at the same moment queue
 * each due reminder once between them, and after delivery the SMTP server has exactly one
 * reminder per person, in Swedish for the Swedish speaker and in English for the English
 * speaker. A further run sends nothing; a session moved to another time is reminded of
 * again for its new time.
 */
@TandemTest
@OnPostgres
@ContextConfiguration(initializers = OutboxServers.class)
class RemindersOnPostgresTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	Pairs pairs;

	@Autowired
	Sessions sessions;

	@Autowired
	Reminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;

	ExecutorService instances = Executors.newFixedThreadPool(2);

	Instant clockBefore;

	@BeforeEach
	void noteTheClock() {
		this.clockBefore = this.clock.instant();
	}

	@AfterEach
	void stop() {
		this.instances.shutdownNow();
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	@Test
	void theReminderJobSendsEachReminderExactlyOnceWhenRunTwiceConcurrently() throws Exception {
		PlannableProgramme programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));
		String astridsEmail = unique("astrid");
		String alisEmail = unique("ali");
		PersonId astrid = programme.senior("Astrid", "Berg", ContactChannel.EMAIL, null, astridsEmail, "sv");
		PersonId ali = programme.mentor("Ali", "Lindqvist", ContactChannel.EMAIL, null, alisEmail, "ar", "en", "sv");
		PairId pair = programme.pair(astrid, ali);
		LocalDate day = this.clock.instant()
			.atZone(STOCKHOLM)
			.toLocalDate()
			.plusDays(10)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		Session session = programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Surfplatta",
				programme.inStudyRoom(), Schedule.single(day, LocalTime.of(14, 0), LocalTime.of(15, 0)))));
		Occurrence occurrence = session.occurrences().get(0);
		await().untilAsserted(() -> assertThat(
				programme.as(() -> this.notifications.messageFor("confirmation:" + session.id() + ":" + ali)))
			.isPresent());
		// 23 hours before: the week-before reminder was due too, but only the nearest
		// goes out.
		moveClockTo(ZonedDateTime.of(day.minusDays(1), LocalTime.of(15, 0), STOCKHOLM));

		List<Integer> queued = atOnce(this.reminders::remindDue, this.reminders::remindDue);
		assertThat(queued.get(0) + queued.get(1)).isGreaterThanOrEqualTo(2);
		this.notifications.deliverDue();

		assertThat(reminders(astridsEmail)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Påminnelse: Surfplatta " + swedishDay(day) + " kl. 14.00");
			assertThat((String) mail.getContent()).contains("Här kommer en påminnelse om din träff.", "Med: Ali");
		});
		assertThat(reminders(alisEmail)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).startsWith("Reminder: Surfplatta, Tuesday ").endsWith(" at 14:00");
			assertThat((String) mail.getContent()).contains("This is a reminder of your session.", "With: Astrid");
		});
		assertThat(programme.as(() -> this.notifications.messageFor(
				"reminder:" + occurrence.id() + ":" + astrid + ":PT24H:" + occurrence.start().getEpochSecond())))
			.isPresent();

		this.reminders.remindDue();
		this.notifications.deliverDue();
		assertThat(reminders(astridsEmail)).as("a further run").hasSize(1);

		programme.as(() -> this.sessions.reschedule(occurrence.id(),
				new Move(day, LocalTime.of(16, 0), LocalTime.of(17, 0), null), Scope.THIS));
		this.reminders.remindDue();
		this.notifications.deliverDue();
		assertThat(reminders(astridsEmail)).as("reminded again of the new time").hasSize(2);
		assertThat(programme.as(() -> this.notifications.messages(null, 0, 200).items())
			.stream()
			.filter((message) -> message.kind() == MessageKind.REMINDER)).hasSize(4);
	}

	List<MimeMessage> reminders(String address) {
		return OutboxServers.receivedBy(address).stream().filter((mail) -> {
			try {
				return mail.getSubject().startsWith("Påminnelse") || mail.getSubject().startsWith("Reminder");
			}
			catch (MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	void moveClockTo(ZonedDateTime target) {
		this.clock.advance(Duration.between(this.clock.instant(), target.toInstant()));
	}

	static String swedishDay(LocalDate day) {
		return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.forLanguageTag("sv"))
			.format(day);
	}

	static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@tandem-test.example";
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

}
