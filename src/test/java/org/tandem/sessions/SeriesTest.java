package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
 * Weekly series: stored with every occurrence, at the same local time across a change to
 * or from summer time, with skipped dates kept as such; an occurrence or the rest of a
 * series moved or cancelled keeps its original start and counts its changes, and every
 * change is announced by an event with ids only.
 */
@TandemTest
@RecordApplicationEvents
class SeriesTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

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
	ApplicationEvents events;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PersonId ali;

	PairId pair;

	@BeforeEach
	void aPair() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Umeå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.ali = this.programme.mentor("Ali", "Lindqvist");
		this.pair = this.programme.pair(this.programme.senior("Astrid", "Berg"), this.ali);
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	Session weekly(LocalDate first, int everyWeeks, LocalDate until, Integer count, Set<LocalDate> skipped) {
		return this.programme.as(() -> this.sessions.plan(new OneToOnePlan(this.pair, "Swish",
				this.programme.inStudyRoom(),
				Schedule.weekly(first, LocalTime.of(14, 0), LocalTime.of(15, 0), everyWeeks, until, count, skipped))));
	}

	static List<LocalTime> localStarts(Session session) {
		return session.occurrences().stream().map((o) -> o.start().atZone(STOCKHOLM).toLocalTime()).toList();
	}

	@Test
	void aWeeklySeriesAcrossTheLastSundayOfOctoberStaysAtTwoOClockLocal() {
		Session series = weekly(LocalDate.of(2027, 10, 19), 1, LocalDate.of(2027, 11, 9), null, Set.of());

		assertThat(series.occurrences()).hasSize(4);
		assertThat(localStarts(series)).containsOnly(LocalTime.of(14, 0));
		assertThat(series.occurrences().get(0).start().toString()).isEqualTo("2027-10-19T12:00:00Z");
		assertThat(series.occurrences().get(2).start().toString()).isEqualTo("2027-11-02T13:00:00Z");
		assertThat(localStarts(this.programme.as(() -> this.sessions.get(series.id()))))
			.containsOnly(LocalTime.of(14, 0));
	}

	@Test
	void aWeeklySeriesAcrossTheLastSundayOfMarchStaysAtTwoOClockLocal() {
		Session series = weekly(LocalDate.of(2027, 3, 16), 1, null, 4, Set.of());

		assertThat(localStarts(series)).containsExactly(LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(14, 0),
				LocalTime.of(14, 0));
		assertThat(series.occurrences().get(1).start().toString()).isEqualTo("2027-03-23T13:00:00Z");
		assertThat(series.occurrences().get(2).start().toString()).isEqualTo("2027-03-30T12:00:00Z");
	}

	@Test
	void everyOtherWeekUntilADayIncludesThatDay() {
		Session series = weekly(LocalDate.of(2026, 12, 1), 2, LocalDate.of(2026, 12, 29), null, Set.of());

		assertThat(series.occurrences()).extracting((o) -> o.start().atZone(STOCKHOLM).toLocalDate())
			.containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 29));
	}

	@Test
	void aSeriesWithoutAnEndRunsToTheEndOfTheTerm() {
		Session series = weekly(LocalDate.of(2027, 10, 5), 2, null, null, Set.of());

		assertThat(series.occurrences().get(series.occurrences().size() - 1).start().atZone(STOCKHOLM).toLocalDate())
			.isEqualTo(LocalDate.of(2027, 12, 14));
	}

	@Test
	void aSkippedHolidayIsKeptAsSkippedAndTakesNobodysTime() {
		Session series = weekly(LocalDate.of(2026, 12, 15), 1, null, 4, Set.of(LocalDate.of(2026, 12, 22)));

		Session stored = this.programme.as(() -> this.sessions.get(series.id()));
		assertThat(stored.occurrences()).extracting(Occurrence::status)
			.containsExactly(OccurrenceStatus.PLANNED, OccurrenceStatus.SKIPPED, OccurrenceStatus.PLANNED,
					OccurrenceStatus.PLANNED);
		assertThat(stored.schedule().skipped()).containsExactly(LocalDate.of(2026, 12, 22));
		PairId other = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);
		this.programme.as(() -> this.sessions.plan(new OneToOnePlan(other, "Jul", this.programme.inStudyRoom(),
				Schedule.single(LocalDate.of(2026, 12, 22), LocalTime.of(14, 0), LocalTime.of(15, 0)))));
	}

	@Test
	void aSkippedDayMustBeADayOfTheSeries() {
		assertThatExceptionOfType(SessionRefused.class)
			.isThrownBy(() -> weekly(LocalDate.of(2026, 12, 15), 1, null, 4, Set.of(LocalDate.of(2026, 12, 23))))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("SkipNotInSeries"));
	}

	@Test
	void aMovedOccurrenceKeepsItsOriginalStartAndCountsTheChange() {
		Session series = weekly(LocalDate.of(2026, 12, 1), 1, null, 3, Set.of());
		Occurrence second = series.occurrences().get(1);
		this.events.clear();

		List<Occurrence> moved = this.programme
			.as(() -> this.sessions.reschedule(second.id(), new Move(LocalDate.of(2026, 12, 10), LocalTime.of(10, 0),
					LocalTime.of(11, 0), this.programme.inLargeRoom()), Scope.THIS));

		Occurrence stored = this.programme.as(() -> this.sessions.occurrence(second.id()));
		assertThat(moved).containsExactly(stored);
		assertThat(stored.originalStart()).isEqualTo(second.start());
		assertThat(stored.start().toString()).isEqualTo("2026-12-10T09:00:00Z");
		assertThat(stored.location().room()).isEqualTo(this.programme.largeRoom().id());
		assertThat(stored.sequence()).isEqualTo(1);
		assertThat(stored.moved()).isTrue();
		assertThat(this.programme.as(() -> this.sessions.occurrence(series.occurrences().get(2).id())).sequence())
			.isZero();
		assertThat(this.events.stream(SessionChanged.class))
			.containsExactly(new SessionChanged(this.programme.organisation.organisation().id(), series.id(),
					second.id(), second.start(), second.end()));
	}

	@Test
	void movingTheRestOfASeriesMovesEveryLaterMeetingByTheSameDays() {
		Session series = weekly(LocalDate.of(2026, 12, 1), 1, null, 4, Set.of());

		this.programme.as(() -> this.sessions.reschedule(series.occurrences().get(2).id(),
				new Move(LocalDate.of(2026, 12, 16), LocalTime.of(9, 30), LocalTime.of(10, 30), null),
				Scope.THIS_AND_FOLLOWING));

		Session stored = this.programme.as(() -> this.sessions.get(series.id()));
		assertThat(stored.occurrences()).extracting((o) -> o.start().atZone(STOCKHOLM).toLocalDateTime().toString())
			.containsExactly("2026-12-01T14:00", "2026-12-08T14:00", "2026-12-16T09:30", "2026-12-23T09:30");
		assertThat(stored.occurrences()).extracting(Occurrence::sequence).containsExactly(0, 0, 1, 1);
		assertThat(this.events.stream(SessionChanged.class)).hasSize(2);
	}

	@Test
	void aMoveIntoAClashIsRefusedAndChangesNothing() {
		Session series = weekly(LocalDate.of(2026, 12, 1), 1, null, 2, Set.of());
		PairId other = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);
		this.programme.as(() -> this.sessions.plan(new OneToOnePlan(other, "BankID", this.programme.inLargeRoom(),
				Schedule.single(LocalDate.of(2026, 12, 9), LocalTime.of(10, 0), LocalTime.of(11, 0)))));
		this.events.clear();

		assertThatExceptionOfType(SessionRefused.class)
			.isThrownBy(() -> this.programme.as(() -> this.sessions.reschedule(series.occurrences().get(1).id(),
					new Move(LocalDate.of(2026, 12, 9), LocalTime.of(10, 30), LocalTime.of(11, 30), null), Scope.THIS)))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("MentorBusy"));

		assertThat(this.programme.as(() -> this.sessions.occurrence(series.occurrences().get(1).id())))
			.isEqualTo(series.occurrences().get(1));
		assertThat(this.events.stream(SessionChanged.class)).isEmpty();
	}

	@Test
	void aMeetingMovedALittleDoesNotClashWithItself() {
		Session single = weekly(LocalDate.of(2026, 12, 1), 1, null, 1, Set.of());

		this.programme.as(() -> this.sessions.reschedule(single.occurrences().get(0).id(),
				new Move(LocalDate.of(2026, 12, 1), LocalTime.of(14, 30), LocalTime.of(15, 30), null), Scope.THIS));
	}

	@Test
	void cancellingTheRestOfASeriesFreesTheirTimesAndAnnouncesEach() {
		Session series = weekly(LocalDate.of(2026, 12, 1), 1, null, 3, Set.of());
		this.events.clear();

		List<Occurrence> cancelled = this.programme
			.as(() -> this.sessions.cancel(series.occurrences().get(1).id(), "Sjuk", Scope.THIS_AND_FOLLOWING));

		assertThat(cancelled).extracting(Occurrence::status).containsOnly(OccurrenceStatus.CANCELLED);
		assertThat(cancelled).extracting(Occurrence::reason).containsOnly("Sjuk");
		assertThat(this.events.stream(SessionCancelled.class)).extracting(SessionCancelled::occurrence)
			.containsExactly(series.occurrences().get(1).id(), series.occurrences().get(2).id());
		PairId other = this.programme.pair(this.programme.senior("Bengt", "Ek"), this.ali);
		this.programme.as(() -> this.sessions.plan(new OneToOnePlan(other, "BankID", this.programme.inStudyRoom(),
				Schedule.single(LocalDate.of(2026, 12, 8), LocalTime.of(14, 0), LocalTime.of(15, 0)))));
		assertThatExceptionOfType(SessionRefused.class).isThrownBy(
				() -> this.programme.as(() -> this.sessions.cancel(series.occurrences().get(2).id(), null, Scope.THIS)))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("NotPlanned"));
	}

	@Test
	void planningAnnouncesTheSessionOnceAndARefusalAnnouncesNothing() {
		Session series = weekly(LocalDate.of(2026, 12, 1), 1, null, 3, Set.of());
		assertThat(this.events.stream(SessionPlanned.class))
			.containsExactly(new SessionPlanned(this.programme.organisation.organisation().id(), series.id()));
		this.events.clear();

		assertThatExceptionOfType(SessionRefused.class)
			.isThrownBy(() -> weekly(LocalDate.of(2026, 12, 1), 1, null, 3, Set.of()));
		assertThat(this.events.stream(SessionPlanned.class)).isEmpty();
	}

}
