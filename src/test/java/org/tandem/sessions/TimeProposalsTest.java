package org.tandem.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Room;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Proposed times for a pair: exactly the earliest time on each day that fits both
 * people's availability, the venue's opening hours, a free room and neither person's
 * other sessions, checked against a brute-force search over seeded random weeks; and
 * every time proposed can be planned.
 */
@TandemTest
class TimeProposalsTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final int LENGTH = 60;

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
	TimeProposals proposals;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	@BeforeEach
	void pinTheClock() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	PlannableProgramme programme(String name) {
		return PlannableProgramme.in(this.testOrganisations.create(name), this.organisations, this.programmes,
				this.venues, this.people, this.pairs);
	}

	@Test
	void proposesTheEarliestTimeOnEachTuesdayInTheSmallestFreeRoom() {
		PlannableProgramme programme = programme("Kiruna");
		PairId pair = programme.pair(programme.senior("Astrid", "Berg"), programme.mentor("Ali", "Lindqvist"));

		List<ProposedTime> times = programme
			.as(() -> this.proposals.next(pair, LocalDate.of(2026, 11, 30), 3, Place.VENUE));

		assertThat(times).extracting(ProposedTime::day)
			.containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15));
		assertThat(times).extracting(ProposedTime::start).containsOnly(LocalTime.of(13, 0));
		assertThat(times).extracting(ProposedTime::roomName).containsOnly("Studierummet");
	}

	@Test
	void findsTheFirstFreeTimeBeyondTheFirstWindowOfBookingsRead() {
		PlannableProgramme programme = programme("Jokkmokk");
		PersonId ali = programme.mentor("Ali", "Lindqvist");
		PairId pair = programme.pair(programme.senior("Astrid", "Berg"), ali);
		PairId busy = programme.pair(programme.senior("Bengt", "Ek"), ali);
		programme.as(() -> this.sessions.plan(new OneToOnePlan(busy, "Varje tisdag", programme.inLargeRoom(),
				Schedule.weekly(LocalDate.of(2026, 12, 1), LocalTime.of(13, 0), LocalTime.of(17, 0), 1, null, 6,
						java.util.Set.of()))));

		List<ProposedTime> times = programme
			.as(() -> this.proposals.next(pair, LocalDate.of(2026, 11, 30), 2, Place.VENUE));

		assertThat(LocalDate.of(2026, 11, 30).plusDays(TimeProposals.WINDOW_DAYS)).isBefore(LocalDate.of(2027, 1, 12));
		assertThat(times).extracting(ProposedTime::day)
			.containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19));
	}

	@Test
	void aPairNotApprovedGetsNoProposals() {
		PlannableProgramme programme = programme("Kiruna");
		PairId pair = programme.pair(programme.senior("Astrid", "Berg"), programme.mentor("Ali", "Lindqvist"));
		programme.as(() -> this.pairs.end(pair, null));

		assertThatExceptionOfType(SessionRefused.class)
			.isThrownBy(() -> programme.as(() -> this.proposals.next(pair, LocalDate.of(2026, 12, 1), 3, Place.VENUE)))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("PairNotApproved"));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void proposalsAreExactlyTheEarliestFitPerDayAndCanBePlanned(long seed) {
		Random random = new Random(seed);
		PlannableProgramme programme = programme("Seed " + seed);
		TimeWindow common = new TimeWindow(DayOfWeek.of(1 + random.nextInt(5)),
				LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(12)), LocalTime.of(17, 30));
		PersonId senior = programme.senior("Astrid", "Berg", randomWeek(random, common), false);
		PersonId mentor = programme.mentor("Ali", "Lindqvist", 1995, randomWeek(random, common), false);
		PairId pair = programme.pair(senior, mentor);
		LocalDate from = LocalDate.of(2026, 12, 1).plusDays(random.nextInt(40));
		busyPeopleAndRooms(random, programme, senior, mentor, from);

		List<ProposedTime> proposed = programme.as(() -> this.proposals.next(pair, from, 5, Place.VENUE));

		List<LocalDate> days = new ArrayList<>();
		List<LocalTime> starts = new ArrayList<>();
		Busy busy = programme.as(() -> busy(programme, senior, mentor));
		for (LocalDate day = from; days.size() < 5
				&& !day.isAfter(PlannableProgramme.TERM.end()); day = day.plusDays(1)) {
			LocalTime earliest = earliestFit(programme, day, busy, senior, mentor);
			if (earliest != null) {
				days.add(day);
				starts.add(earliest);
			}
		}
		assertThat(proposed).extracting(ProposedTime::day).containsExactlyElementsOf(days);
		assertThat(proposed).extracting(ProposedTime::start).containsExactlyElementsOf(starts);
		for (ProposedTime time : proposed) {
			programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Förslag",
					Location.room(time.venue(), time.room()), Schedule.single(time.day(), time.start(), time.end()))));
		}
	}

	/**
	 * One to three windows on random days, on the half hour, one to four hours long, and
	 * a part of one weekday afternoon the pair shares (matching approves no pair without
	 * a common time).
	 */
	static WeeklyTimes randomWeek(Random random, TimeWindow common) {
		List<TimeWindow> windows = new ArrayList<>();
		LocalTime end = common.start().plusMinutes(60L + 30L * random.nextInt(4));
		windows.add(new TimeWindow(common.day(), common.start(), end.isAfter(common.end()) ? common.end() : end));
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			LocalTime start = LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(20));
			windows.add(new TimeWindow(DayOfWeek.of(1 + random.nextInt(7)), start,
					start.plusMinutes(30L * (2 + random.nextInt(7)))));
		}
		return new WeeklyTimes(windows);
	}

	/**
	 * Takes some of the mentor's, the senior's and the rooms' time in the first weeks, as
	 * other sessions would; a random meeting that breaks a rule is left out.
	 */
	void busyPeopleAndRooms(Random random, PlannableProgramme programme, PersonId senior, PersonId mentor,
			LocalDate from) {
		WeeklyTimes allDay = PlannableProgramme.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0));
		PairId mentorsOther = programme.pair(programme.senior("Bengt", "Ek", allDay, false), mentor);
		PairId roomTakers = programme.pair(programme.senior("Cecilia", "Ek", allDay, false),
				programme.mentor("Eva", "Holm", 1990, allDay, false));
		PersonId workshopLeader = programme.mentor("Frans", "Holm", 1990, allDay, false);
		for (int i = 0; i < 12; i++) {
			LocalDate day = from.plusDays(random.nextInt(21));
			LocalTime start = LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(28));
			LocalTime end = start.plusMinutes(30L + 15L * random.nextInt(8));
			Location room = random.nextBoolean() ? programme.inStudyRoom() : programme.inLargeRoom();
			try {
				programme.as(() -> switch (random.nextInt(3)) {
					case 0 -> this.sessions
						.plan(new OneToOnePlan(mentorsOther, "Annan", room, Schedule.single(day, start, end)));
					case 1 -> this.sessions
						.plan(new OneToOnePlan(roomTakers, "Rummet", room, Schedule.single(day, start, end)));
					default -> {
						Session workshop = this.workshops.plan(new WorkshopPlan(programme.programme, "Workshop",
								List.of(workshopLeader), 2, programme.inLargeRoom(), Schedule.single(day, start, end)));
						this.workshops.signUp(workshop.id(), senior);
						yield workshop;
					}
				});
			}
			catch (SessionRefused ruleBroken) {
				// another random meeting took that time first
			}
		}
	}

	record Busy(List<Occurrence> mentor, List<Occurrence> senior, List<Occurrence> atLibrary) {
	}

	Busy busy(PlannableProgramme programme, PersonId senior, PersonId mentor) {
		Instant from = PlannableProgramme.TERM.start().atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = PlannableProgramme.TERM.end().plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
		return new Busy(
				this.sessions.occurrences(new OccurrenceQuery(null, mentor, null, from, to, false, 0, 500)).items(),
				this.sessions.occurrences(new OccurrenceQuery(null, senior, null, from, to, false, 0, 500)).items(),
				this.sessions
					.occurrences(new OccurrenceQuery(null, null, programme.library.id(), from, to, false, 0, 500))
					.items());
	}

	/** The brute-force answer: the earliest quarter hour of the day that fits. */
	LocalTime earliestFit(PlannableProgramme programme, LocalDate day, Busy busy, PersonId senior, PersonId mentor) {
		WeeklyTimes seniorWeek = programme.as(() -> this.people.get(senior).profile().availability());
		WeeklyTimes mentorWeek = programme.as(() -> this.people.get(mentor).profile().availability());
		for (LocalTime start = LocalTime.MIDNIGHT; start.isBefore(LocalTime.of(23, 0)); start = start.plusMinutes(15)) {
			LocalTime end = start.plusMinutes(LENGTH);
			Instant from = day.atTime(start).atZone(STOCKHOLM).toInstant();
			Instant to = day.atTime(end).atZone(STOCKHOLM).toInstant();
			if (within(seniorWeek, day, start, end) && within(mentorWeek, day, start, end)
					&& within(programme.library.openingHours(), day, start, end) && free(busy.mentor(), from, to)
					&& free(busy.senior(), from, to) && aRoomFree(programme, busy.atLibrary(), from, to)) {
				return start;
			}
		}
		return null;
	}

	static boolean within(WeeklyTimes week, LocalDate day, LocalTime start, LocalTime end) {
		return week.windows()
			.stream()
			.anyMatch((w) -> w.day() == day.getDayOfWeek() && !start.isBefore(w.start()) && !end.isAfter(w.end()));
	}

	static boolean free(List<Occurrence> taken, Instant from, Instant to) {
		return taken.stream().noneMatch((o) -> o.start().isBefore(to) && o.end().isAfter(from));
	}

	static boolean aRoomFree(PlannableProgramme programme, List<Occurrence> atLibrary, Instant from, Instant to) {
		for (Room room : programme.library.rooms()) {
			if (room.capacity() >= 2 && free(
					atLibrary.stream().filter((o) -> room.id().equals(o.location().room())).toList(), from, to)) {
				return true;
			}
		}
		return false;
	}

}
