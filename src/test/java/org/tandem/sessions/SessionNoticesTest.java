package org.tandem.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.notifications.Channel;
import org.tandem.notifications.Message;
import org.tandem.notifications.MessageKind;
import org.tandem.notifications.MessageStatus;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.OutboxServers;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.ContactChannel;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people booked in a session hear of it once each change is committed: a booking
 * confirmation when it is planned or a workshop place is given, a new-time notice with
 * the previous time when an occurrence moves, a cancellation when it is called off; each
 * by the channel they chose, in Swedish or English. Handling an event again sends nothing
 * more, a second real change does; a senior reached by phone gets no message.
 */
@TandemTest
@ContextConfiguration(initializers = OutboxServers.class)
class SessionNoticesTest {

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
	Workshops workshops;

	@Autowired
	Notifications notifications;

	@Autowired
	SessionNotices notices;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PersonId astrid;

	PersonId ali;

	String alisEmail;

	PairId pair;

	@BeforeEach
	void aSwedishSeniorBySmsAndAnEnglishSpeakingMentorByEmail() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.astrid = this.programme.senior("Astrid", "Berg", ContactChannel.SMS, "070-111 22 33", null, "fi", "sv");
		this.alisEmail = "ali." + UUID.randomUUID().toString().substring(0, 8) + "@tandem-test.example";
		this.ali = this.programme.mentor("Ali", "Lindqvist", ContactChannel.EMAIL, null, this.alisEmail, "ar", "en",
				"sv");
		this.pair = this.programme.pair(this.astrid, this.ali);
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	Session weekly() {
		return this.programme.as(() -> this.sessions
			.plan(new OneToOnePlan(this.pair, "Surfplatta", this.programme.inStudyRoom(), Schedule
				.weekly(LocalDate.of(2027, 3, 2), LocalTime.of(14, 0), LocalTime.of(15, 0), 1, null, 4, Set.of()))));
	}

	List<Message> messages() {
		return this.programme.as(() -> this.notifications.messages(null, 0, 200).items());
	}

	List<Message> messages(MessageKind kind) {
		return messages().stream().filter((message) -> message.kind() == kind).toList();
	}

	Optional<Message> message(String dedupeKey) {
		return this.programme.as(() -> this.notifications.messageFor(dedupeKey));
	}

	@Test
	void planningASessionConfirmsItToEachBookedPersonByTheirChannelAndInTheirLanguage() throws Exception {
		Session session = weekly();

		await().untilAsserted(() -> assertThat(messages(MessageKind.CONFIRMATION)).hasSize(2));
		Message toAstrid = message("confirmation:" + session.id() + ":" + this.astrid).orElseThrow();
		Message toAli = message("confirmation:" + session.id() + ":" + this.ali).orElseThrow();
		assertThat(toAstrid.channel()).isEqualTo(Channel.SMS);
		assertThat(toAli.channel()).isEqualTo(Channel.EMAIL);

		this.notifications.deliverDue();

		List<MimeMessage> received = OutboxServers.receivedBy(this.alisEmail);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Booked: Surfplatta, Tuesday 2 March at 14:00");
		assertThat((String) received.get(0).getContent()).contains("With: Astrid",
				"Where: Kåge bibliotek, Storgatan 1, 934 31 Kåge, Studierummet");
		assertThat(OutboxServers.elks().getAllServeEvents())
			.anySatisfy((sms) -> assertThat(sms.getRequest().getBodyAsString()).contains("to=%2B46701112233")
				.contains("Bokat%3A+Surfplatta+tisdag+2+mars"));
	}

	@Test
	void movingAnOccurrenceTellsEveryoneTheNewAndThePreviousTimeAndASecondMoveTellsThemAgain() {
		Session session = weekly();
		Occurrence second = session.occurrences().get(1);

		this.programme.as(() -> this.sessions.reschedule(second.id(),
				new Move(LocalDate.of(2027, 3, 9), LocalTime.of(15, 0), LocalTime.of(16, 0), null), Scope.THIS));

		await().untilAsserted(() -> assertThat(messages(MessageKind.CHANGE)).hasSize(2));
		assertThat(message("change:" + second.id() + ":" + this.astrid + ":1")).isPresent();

		SessionChanged again = new SessionChanged(this.programme.organisation.organisation().id(), session.id(),
				second.id(), second.start(), second.end());
		this.notices.on(again);
		assertThat(messages(MessageKind.CHANGE)).as("the same change handled twice").hasSize(2);

		this.programme.as(() -> this.sessions.reschedule(second.id(),
				new Move(LocalDate.of(2027, 3, 9), LocalTime.of(13, 0), LocalTime.of(14, 0), null), Scope.THIS));
		await().untilAsserted(() -> assertThat(messages(MessageKind.CHANGE)).hasSize(4));
		assertThat(message("change:" + second.id() + ":" + this.ali + ":2")).isPresent();

		this.notifications.deliverDue();
		assertThat(OutboxServers.receivedBy(this.alisEmail)).extracting(SessionNoticesTest::subject)
			.contains("New time: Surfplatta, Tuesday 9 March at 15:00",
					"New time: Surfplatta, Tuesday 9 March at 13:00");
	}

	@Test
	void callingOffAnOccurrenceTellsThoseWhoCanBeReachedAndNotASeniorReachedByPhone() {
		PersonId bengt = this.programme.senior("Bengt", "Ek", ContactChannel.PHONE, "070-444 55 66", null, "sv");
		PairId bengtAndAli = this.programme.pair(bengt, this.ali);
		Session session = this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(bengtAndAli, "Swish", this.programme.inStudyRoom(),
					Schedule.single(LocalDate.of(2027, 3, 16), LocalTime.of(15, 0), LocalTime.of(16, 0)))));
		Occurrence only = session.occurrences().get(0);

		this.programme.as(() -> this.sessions.cancel(only.id(), "Sjuk", Scope.THIS));

		await()
			.untilAsserted(() -> assertThat(message("cancellation:" + only.id() + ":" + this.ali + ":1")).isPresent());
		assertThat(message("cancellation:" + only.id() + ":" + bengt + ":1")).isEmpty();
		assertThat(message("confirmation:" + session.id() + ":" + bengt)).isEmpty();
		assertThat(messages().stream().filter((message) -> message.recipient().equals(bengt))).isEmpty();
	}

	@Test
	void aSeniorWhoGetsAWorkshopPlaceIsConfirmedAndAgainAfterSigningUpAnew() {
		Session workshop = this.programme.as(() -> this.workshops.plan(new WorkshopPlan(this.programme.programme,
				"BankID för nybörjare", List.of(this.ali), 4, this.programme.inLargeRoom(),
				Schedule.single(LocalDate.of(2027, 3, 23), LocalTime.of(14, 0), LocalTime.of(15, 0)))));

		this.programme.as(() -> this.workshops.signUp(workshop.id(), this.astrid));
		await().untilAsserted(() -> assertThat(messages(MessageKind.CONFIRMATION).stream()
			.filter((message) -> message.recipient().equals(this.astrid))).hasSize(1));

		this.programme.as(() -> this.workshops.cancelSignUp(workshop.id(), this.astrid));
		this.clock.advance(Duration.ofMinutes(1));
		this.programme.as(() -> this.workshops.signUp(workshop.id(), this.astrid));
		await().untilAsserted(() -> assertThat(messages(MessageKind.CONFIRMATION).stream()
			.filter((message) -> message.recipient().equals(this.astrid))).hasSize(2));
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

}
