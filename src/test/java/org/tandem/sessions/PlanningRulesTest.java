package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules every planned meeting keeps, each by name: a mentor, a senior or a room is
 * never taken twice at overlapping times, a venue session lies within the opening hours
 * in a room that holds everyone, and every meeting lies within the programme's term. A
 * refusal names the clash and leaves nothing written.
 */
@TandemTest
class PlanningRulesTest {

	static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

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
	MessageSource messages;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PersonId ali;

	PersonId astrid;

	PairId aliAndAstrid;

	@BeforeEach
	void aPairInALibrary() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.ali = this.programme.mentor("Ali", "Lindqvist");
		this.astrid = this.programme.senior("Astrid", "Berg");
		this.aliAndAstrid = this.programme.pair(this.astrid, this.ali);
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	Session plan(PairId pair, String title, LocalDate day, int fromHour, int toHour, Location location) {
		return this.programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, title, location,
				Schedule.single(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)))));
	}

	SessionRefused refused(Runnable planning) {
		return assertThatExceptionOfType(SessionRefused.class).isThrownBy(planning::run).actual();
	}

	String inSwedish(SessionRefused refusal) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
		try {
			return this.messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("sv"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	int sessionsOf(PersonId person) {
		return this.programme.as(() -> (int) this.sessions
			.occurrences(new OccurrenceQuery(null, person, null,
					PlannableProgramme.TERM.start().atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
					PlannableProgramme.TERM.end().atStartOfDay().toInstant(java.time.ZoneOffset.UTC), true, 0, 100))
			.totalItems());
	}

	@Test
	void aMentorWhoAlreadyHasASessionThenIsRefusedWithTheClashNamed() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY, 14, 15, this.programme.inStudyRoom());
		PairId aliAndBengt = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);

		SessionRefused refusal = refused(
				() -> plan(aliAndBengt, "Swish", TUESDAY, 14, 15, this.programme.inLargeRoom()));

		assertThat(refusal.rule()).isEqualTo("MentorBusy");
		assertThat(refusal.field()).isEqualTo("start");
		assertThat(inSwedish(refusal))
			.isEqualTo("Ali Lindqvist har redan \"Hjälp med BankID\" tisdag 1 december 14:00–15:00.");
	}

	@Test
	void theClashIsNamedInEnglishToo() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY, 14, 15, this.programme.inStudyRoom());
		PairId aliAndBengt = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);
		SessionRefused refusal = refused(
				() -> plan(aliAndBengt, "Swish", TUESDAY, 14, 15, this.programme.inLargeRoom()));

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(this.messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH))
				.isEqualTo("Ali Lindqvist already has \"Hjälp med BankID\" on Tuesday 1 December 14:00–15:00.");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aSeniorWhoAlreadyHasAnOverlappingWorkshopIsRefused() {
		PersonId eva = this.programme.mentor("Eva", "Holm");
		Session workshop = this.programme.as(() -> this.workshops.plan(new WorkshopPlan(this.programme.programme,
				"Akta dig för bedragare", java.util.List.of(eva), 8, this.programme.inLargeRoom(),
				Schedule.single(TUESDAY, LocalTime.of(13, 30), LocalTime.of(15, 0)))));
		this.programme.as(() -> this.workshops.signUp(workshop.id(), this.astrid));

		SessionRefused refusal = refused(
				() -> plan(this.aliAndAstrid, "Swish", TUESDAY, 14, 15, this.programme.inStudyRoom()));

		assertThat(refusal.rule()).isEqualTo("SeniorBusy");
		assertThat(inSwedish(refusal))
			.isEqualTo("Astrid Berg har redan \"Akta dig för bedragare\" tisdag 1 december 13:30–15:00.");
	}

	@Test
	void aRoomAlreadyBookedThenIsRefused() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY, 14, 15, this.programme.inStudyRoom());
		PairId other = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.programme.mentor("Eva", "Holm"));

		SessionRefused refusal = refused(() -> plan(other, "Swish", TUESDAY, 14, 16, this.programme.inStudyRoom()));

		assertThat(refusal.rule()).isEqualTo("RoomBusy");
		assertThat(refusal.field()).isEqualTo("roomId");
		assertThat(inSwedish(refusal)).isEqualTo(
				"Studierummet, Kåge bibliotek är redan bokat för \"Hjälp med BankID\" tisdag 1 december 14:00–15:00.");
	}

	@Test
	void meetingsThatOnlyTouchDoNotClash() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY, 14, 15, this.programme.inStudyRoom());

		plan(this.aliAndAstrid, "Swish", TUESDAY, 15, 16, this.programme.inStudyRoom());

		assertThat(sessionsOf(this.ali)).isEqualTo(2);
	}

	@Test
	void anotherRoomAtTheSameTimeIsFreeForAnotherPair() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY, 14, 15, this.programme.inStudyRoom());
		PairId other = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.programme.mentor("Eva", "Holm"));

		plan(other, "Swish", TUESDAY, 14, 15, this.programme.inLargeRoom());
	}

	@Test
	void aVenueSessionOutsideTheOpeningHoursIsRefused() {
		SessionRefused refusal = refused(
				() -> plan(this.aliAndAstrid, "Kväll", TUESDAY, 17, 19, this.programme.inStudyRoom()));

		assertThat(refusal.rule()).isEqualTo("OutsideOpeningHours");
		assertThat(inSwedish(refusal)).isEqualTo("Kåge bibliotek har inte öppet tisdag 1 december 17:00–19:00.");
		assertThat(sessionsOf(this.ali)).isZero();
	}

	@Test
	void aVenueSessionOnAWeekendIsOutsideTheOpeningHours() {
		assertThat(refused(() -> plan(this.aliAndAstrid, "Lördag", LocalDate.of(2026, 12, 5), 10, 11,
				this.programme.inStudyRoom()))
			.rule()).isEqualTo("OutsideOpeningHours");
	}

	@Test
	void anOnlineSessionNeedsNoOpeningHours() {
		plan(this.aliAndAstrid, "Kväll", TUESDAY, 19, 20, Location.online("https://meet.example.se/tandem"));

		assertThat(sessionsOf(this.astrid)).isEqualTo(1);
	}

	@Test
	void aRoomTooSmallForAWorkshopIsRefused() {
		PersonId eva = this.programme.mentor("Eva", "Holm");

		SessionRefused refusal = refused(
				() -> this.programme.as(() -> this.workshops.plan(new WorkshopPlan(this.programme.programme, "Swish",
						java.util.List.of(eva), 4, this.programme.inStudyRoom(),
						Schedule.single(TUESDAY, LocalTime.of(14, 0), LocalTime.of(15, 0))))));

		assertThat(refusal.rule()).isEqualTo("RoomTooSmall");
		assertThat(inSwedish(refusal)).isEqualTo("Studierummet, Kåge bibliotek rymmer 2 personer, men 5 ska delta.");
	}

	@Test
	void aSessionOutsideTheTermIsRefused() {
		SessionRefused refusal = refused(() -> plan(this.aliAndAstrid, "Efter terminen", LocalDate.of(2027, 12, 21), 14,
				15, this.programme.inStudyRoom()));

		assertThat(refusal.rule()).isEqualTo("OutsideTerm");
		assertThat(refusal.field()).isEqualTo("day");
	}

	@Test
	void aSessionInThePastIsRefused() {
		assertThat(refused(() -> plan(this.aliAndAstrid, "Förra månaden", LocalDate.of(2026, 10, 6), 14, 15,
				this.programme.inStudyRoom()))
			.rule()).isEqualTo("InThePast");
	}

	@Test
	void aSeriesWithOneClashingDateIsRefusedWholeNamingTheFirstClash() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY.plusWeeks(2), 14, 15, this.programme.inStudyRoom());
		plan(this.aliAndAstrid, "Kivra", TUESDAY.plusWeeks(3), 14, 15, this.programme.inStudyRoom());
		PairId aliAndBengt = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);

		SessionRefused refusal = refused(() -> this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(aliAndBengt, "Swish", this.programme.inLargeRoom(),
					Schedule.weekly(TUESDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), 1, null, 6, Set.of())))));

		assertThat(refusal.rule()).isEqualTo("MentorBusy");
		assertThat(inSwedish(refusal)).contains("\"Hjälp med BankID\" tisdag 15 december");
		assertThat(sessionsOf(this.ali)).isEqualTo(2);
	}

	@Test
	void aSeriesWithTheClashingDateSkippedIsPlanned() {
		plan(this.aliAndAstrid, "Hjälp med BankID", TUESDAY.plusWeeks(2), 14, 15, this.programme.inStudyRoom());
		PairId aliAndBengt = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);

		Session series = this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(aliAndBengt, "Swish", this.programme.inLargeRoom(), Schedule
				.weekly(TUESDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), 1, null, 4, Set.of(TUESDAY.plusWeeks(2))))));

		assertThat(series.occurrences()).extracting(Occurrence::status)
			.containsExactly(OccurrenceStatus.PLANNED, OccurrenceStatus.PLANNED, OccurrenceStatus.SKIPPED,
					OccurrenceStatus.PLANNED);
	}

	@Test
	void onlyAnApprovedPairHasSessions() {
		PairId ended = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.programme.mentor("Eva", "Holm"));
		this.programme.as(() -> this.pairs.end(ended, "Flyttat"));

		assertThat(refused(() -> plan(ended, "Swish", TUESDAY, 14, 15, this.programme.inStudyRoom())).rule())
			.isEqualTo("PairNotApproved");
	}

	@Test
	void aMentorUnder18NeverVisitsAHome() {
		PersonId greta = this.programme.senior("Greta", "Nyström", PlannableProgramme.TUESDAY_AFTERNOONS, true);
		PersonId minor = this.programme.mentor("Alva", "Ek", 2010, PlannableProgramme.TUESDAY_AFTERNOONS, false);
		PairId pair = this.programme.pair(greta, minor);

		assertThat(refused(() -> plan(pair, "Hemma", TUESDAY, 14, 15, Location.home())).rule())
			.isEqualTo("HomeVisitNotAllowed");
	}

	@Test
	void anAdultMentorWithAValidBackgroundCheckVisitsASeniorWhoAskedForIt() {
		PersonId greta = this.programme.senior("Greta", "Nyström", PlannableProgramme.TUESDAY_AFTERNOONS, true);
		PersonId olof = this.programme.mentor("Olof", "Ek", 1990, PlannableProgramme.TUESDAY_AFTERNOONS, true);
		PairId pair = this.programme.pair(greta, olof);
		assertThat(refused(() -> plan(pair, "Hemma", TUESDAY, 14, 15, Location.home())).rule())
			.isEqualTo("HomeVisitNotAllowed");

		this.programme.as(() -> this.people.recordBackgroundCheck(olof, LocalDate.of(2026, 11, 1),
				LocalDate.of(2027, 11, 1), "BR-1"));
		plan(pair, "Hemma", TUESDAY, 14, 15, Location.home());

		assertThat(sessionsOf(greta)).isEqualTo(1);
	}

	@Test
	void anOnlineSessionNeedsAnHttpsLink() {
		assertThatExceptionOfType(SessionRefused.class).isThrownBy(() -> Location.online("http://meet.example.se/x"))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("meetingLink"));
		assertThatExceptionOfType(SessionRefused.class).isThrownBy(() -> Location.online("javascript:alert(1)"));
	}

}
