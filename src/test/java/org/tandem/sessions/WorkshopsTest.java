package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
 * Workshops: seniors get a seat while there is one and otherwise wait in line in the
 * order they signed up; a seat given up goes to the first in line who is free.
 */
@TandemTest
@RecordApplicationEvents
class WorkshopsTest {

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
	ApplicationEvents events;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	Session workshop;

	PersonId astrid;

	PersonId bengt;

	PersonId cecilia;

	PersonId doris;

	@BeforeEach
	void aWorkshopWithTwoSeats() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Luleå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		PersonId eva = this.programme.mentor("Eva", "Holm");
		PersonId frans = this.programme.mentor("Frans", "Holm");
		this.workshop = this.programme.as(() -> this.workshops.plan(new WorkshopPlan(this.programme.programme,
				"Akta dig för bedragare", List.of(eva, frans), 2, this.programme.inLargeRoom(),
				Schedule.weekly(TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), 1, null, 3, java.util.Set.of()))));
		this.astrid = this.programme.senior("Astrid", "Berg");
		this.bengt = this.programme.senior("Bengt", "Ek");
		this.cecilia = this.programme.senior("Cecilia", "Ek");
		this.doris = this.programme.senior("Doris", "Ek");
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	Participant signUp(PersonId senior) {
		return this.programme.as(() -> this.workshops.signUp(this.workshop.id(), senior));
	}

	Session stored() {
		return this.programme.as(() -> this.sessions.get(this.workshop.id()));
	}

	@Test
	void seniorsBeyondTheSeatsWaitInTheOrderTheySignedUp() {
		assertThat(signUp(this.astrid).status()).isEqualTo(ParticipantStatus.BOOKED);
		assertThat(signUp(this.bengt).status()).isEqualTo(ParticipantStatus.BOOKED);
		assertThat(signUp(this.cecilia).status()).isEqualTo(ParticipantStatus.WAITING);
		assertThat(signUp(this.doris).status()).isEqualTo(ParticipantStatus.WAITING);

		assertThat(stored().seniors()).containsExactly(this.astrid, this.bengt);
		assertThat(stored().waitingList()).containsExactly(this.cecilia, this.doris);
		assertThat(stored().mentors()).hasSize(2);
	}

	@Test
	void whenABookedSeniorCancelsTheFirstInLineMovesUp() {
		signUp(this.astrid);
		signUp(this.bengt);
		signUp(this.cecilia);
		signUp(this.doris);
		this.events.clear();

		Optional<PersonId> movedUp = this.programme
			.as(() -> this.workshops.cancelSignUp(this.workshop.id(), this.astrid));

		assertThat(movedUp).contains(this.cecilia);
		assertThat(stored().seniors()).containsExactly(this.bengt, this.cecilia);
		assertThat(stored().waitingList()).containsExactly(this.doris);
		assertThat(this.events.stream(WorkshopPlaceGiven.class)).containsExactly(new WorkshopPlaceGiven(
				this.programme.organisation.organisation().id(), this.workshop.id(), this.cecilia, true));
	}

	@Test
	void whenSomeoneInLineCancelsNobodyMovesUp() {
		signUp(this.astrid);
		signUp(this.bengt);
		signUp(this.cecilia);
		signUp(this.doris);

		assertThat(this.programme.as(() -> this.workshops.cancelSignUp(this.workshop.id(), this.cecilia))).isEmpty();

		assertThat(stored().waitingList()).containsExactly(this.doris);
		assertThat(stored().seniors()).containsExactly(this.astrid, this.bengt);
	}

	@Test
	void theFirstInLineWhoIsNoLongerFreeIsPassedOverAndKeepsTheirPlace() {
		signUp(this.astrid);
		signUp(this.bengt);
		signUp(this.cecilia);
		signUp(this.doris);
		PersonId ali = this.programme.mentor("Ali", "Lindqvist", 1995,
				PlannableProgramme.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)), false);
		this.programme.as(() -> this.sessions
			.plan(new OneToOnePlan(this.programme.pair(this.cecilia, ali), "BankID", this.programme.inStudyRoom(),
					Schedule.single(TUESDAY.plusWeeks(2), LocalTime.of(11, 0), LocalTime.of(12, 0)))));

		assertThat(this.programme.as(() -> this.workshops.cancelSignUp(this.workshop.id(), this.astrid)))
			.contains(this.doris);

		assertThat(stored().waitingList()).containsExactly(this.cecilia);
	}

	@Test
	void aSeniorSignsUpOnceAndMaySignUpAgainAfterCancelling() {
		signUp(this.astrid);
		assertThatExceptionOfType(SessionRefused.class).isThrownBy(() -> signUp(this.astrid))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("AlreadySignedUp"));

		this.programme.as(() -> this.workshops.cancelSignUp(this.workshop.id(), this.astrid));
		signUp(this.bengt);

		assertThat(signUp(this.astrid).status()).isEqualTo(ParticipantStatus.BOOKED);
		assertThat(stored().seniors()).containsExactly(this.bengt, this.astrid);
	}

	@Test
	void aSeatIsGivenOnlyToASeniorWhoIsFree() {
		PersonId ali = this.programme.mentor("Ali", "Lindqvist", 1995,
				PlannableProgramme.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)), false);
		this.programme.as(() -> this.sessions.plan(new OneToOnePlan(this.programme.pair(this.astrid, ali), "BankID",
				this.programme.inStudyRoom(), Schedule.single(TUESDAY, LocalTime.of(11, 30), LocalTime.of(12, 30)))));

		assertThatExceptionOfType(SessionRefused.class).isThrownBy(() -> signUp(this.astrid))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("SeniorBusy"));
	}

	@Test
	void aSeatGivenAtSignUpIsAnnounced() {
		this.events.clear();
		signUp(this.astrid);

		assertThat(this.events.stream(WorkshopPlaceGiven.class)).containsExactly(new WorkshopPlaceGiven(
				this.programme.organisation.organisation().id(), this.workshop.id(), this.astrid, false));
	}

	@Test
	void aOneToOneSessionTakesNoSignUps() {
		PersonId ali = this.programme.mentor("Ali", "Lindqvist");
		Session single = this.programme.as(() -> this.sessions
			.plan(new OneToOnePlan(this.programme.pair(this.astrid, ali), null, this.programme.inStudyRoom(),
					Schedule.single(TUESDAY.plusWeeks(5), LocalTime.of(14, 0), LocalTime.of(15, 0)))));

		assertThat(single.title()).isEqualTo("Astrid – Ali");
		assertThatExceptionOfType(SessionRefused.class)
			.isThrownBy(() -> this.programme.as(() -> this.workshops.signUp(single.id(), this.bengt)))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("NotAWorkshop"));
	}

}
