package org.tandem.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.curriculum.Curriculum;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.Logbook;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.ProgrammeNotFound;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.tandem.logbook.Attendance.ABSENT;
import static org.tandem.logbook.Attendance.CANCELLED_LATE;
import static org.tandem.logbook.Attendance.PRESENT;

/**
 * A coordinator's follow-up: a senior whose last session was 30 days ago is not yet
 * listed and is listed the day after, with that session's day and mentor; seniors who
 * never came are listed, inactive ones are not; a pair is listed when its senior missed
 * two of their last three logged sessions, and not for misses that are older.
 */
@TandemTest
class ProgrammeFollowUpTest {

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
	Logbook logbook;

	@Autowired
	Curriculum curriculum;

	@Autowired
	MutableClock clock;

	@Autowired
	ProgrammeFollowUp followUp;

	LoggedSessions logged;

	ProgrammeId programme;

	PersonId mentor;

	@BeforeEach
	void aProgramme() {
		PlannableProgramme programme = PlannableProgramme.in(this.testOrganisations.create("Vilhelmina"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));
		this.logged = new LoggedSessions(programme, this.sessions, this.logbook, this.curriculum, this.people,
				this.clock);
		this.programme = programme.programme;
		this.mentor = programme.mentor("Ali", "Lindqvist");
	}

	@Test
	void aSeniorIsListedOnTheThirtyFirstDayAfterTheirLastSessionNotBefore() {
		PersonId astrid = this.logged.programme.senior("Astrid", "Berg");
		PersonId bertil = this.logged.programme.senior("Bertil", "Ek");
		PersonId cilla = this.logged.programme.senior("Cilla", "Ahlberg");
		this.logged.programme.as(() -> this.people.deactivate(cilla));
		PairId pair = this.logged.programme.pair(astrid, this.mentor);
		LocalDate day = this.logged.tuesday(0);
		this.logged.log(this.logged.held(pair, day, LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, PRESENT, astrid, PRESENT), 60, Set.of(), List.of()));

		FollowUpPage<QuietSenior> thirtiethDay = at(day.plusDays(30), LocalTime.of(23, 59),
				() -> this.followUp.quietSeniors(this.programme, 0, 50));
		FollowUpPage<QuietSenior> thirtyFirstDay = at(day.plusDays(31), LocalTime.of(0, 1),
				() -> this.followUp.quietSeniors(this.programme, 0, 50));

		assertThat(thirtiethDay.items()).extracting(QuietSenior::senior).containsExactly(bertil);
		assertThat(thirtyFirstDay.items())
			.extracting(QuietSenior::name, QuietSenior::lastSession, QuietSenior::mentorName)
			.containsExactly(tuple("Astrid Berg", day, "Ali Lindqvist"), tuple("Bertil Ek", null, null));
		assertThat(thirtyFirstDay.totalItems()).isEqualTo(2);
		FollowUpPage<QuietSenior> second = at(day.plusDays(31), LocalTime.of(0, 1),
				() -> this.followUp.quietSeniors(this.programme, 1, 1));
		assertThat(second.items()).extracting(QuietSenior::senior).containsExactly(bertil);
		assertThat(second.totalPages()).isEqualTo(2);
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void aSessionMissedDoesNotCountAsASession() {
		PersonId astrid = this.logged.programme.senior("Astrid", "Berg");
		PairId pair = this.logged.programme.pair(astrid, this.mentor);
		this.logged.log(this.logged.held(pair, this.logged.tuesday(0), LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, PRESENT, astrid, ABSENT), 0, Set.of(), List.of()));

		assertThat(this.logged.programme.as(() -> this.followUp.quietSeniors(this.programme, 0, 50)).items())
			.extracting(QuietSenior::senior, QuietSenior::lastSession)
			.containsExactly(tuple(astrid, null));
	}

	@Test
	void aPairIsListedWhenTheSeniorMissedTwoOfTheirLastThreeSessions() {
		PersonId astrid = this.logged.programme.senior("Astrid", "Berg");
		PersonId erik = this.logged.programme.senior("Erik", "Nord");
		PersonId frida = this.logged.programme.senior("Frida", "Sten");
		PersonId other = this.logged.programme.mentor("Sara", "Holm");
		PairId missedTwoOfThree = this.logged.programme.pair(astrid, this.mentor);
		PairId missedOnlyEarlier = this.logged.programme.pair(erik, other);
		PairId missedBothSoFar = this.logged.programme.pair(frida, other);
		sessions(missedTwoOfThree, astrid, this.mentor, LocalTime.of(13, 0), PRESENT, ABSENT, PRESENT, CANCELLED_LATE);
		sessions(missedOnlyEarlier, erik, other, LocalTime.of(14, 0), ABSENT, ABSENT, PRESENT, PRESENT);
		sessions(missedBothSoFar, frida, other, LocalTime.of(15, 0), null, null, ABSENT, ABSENT);

		FollowUpPage<NoShowPair> listed = this.logged.programme.as(() -> this.followUp.noShows(this.programme, 0, 50));

		assertThat(listed.items())
			.extracting(NoShowPair::seniorName, NoShowPair::mentorName, NoShowPair::lastSessions,
					NoShowPair::lastSession)
			.containsExactly(tuple("Frida Sten", "Sara Holm", List.of(ABSENT, ABSENT), this.logged.tuesday(0)), tuple(
					"Astrid Berg", "Ali Lindqvist", List.of(CANCELLED_LATE, PRESENT, ABSENT), this.logged.tuesday(0)));
		assertThat(listed.items()).allSatisfy((pair) -> assertThat(pair.missed()).isEqualTo(2));
	}

	@Test
	void anotherOrganisationsProgrammeIsNotFound() {
		PlannableProgramme elsewhere = PlannableProgramme.in(this.testOrganisations.create("Dorotea"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));

		assertThatExceptionOfType(ProgrammeNotFound.class)
			.isThrownBy(() -> elsewhere.as(() -> this.followUp.quietSeniors(this.programme, 0, 50)));
		assertThatExceptionOfType(ProgrammeNotFound.class)
			.isThrownBy(() -> elsewhere.as(() -> this.followUp.noShows(this.programme, 0, 50)));
	}

	/** The pair's sessions on four Tuesdays, the oldest first; null for no session. */
	void sessions(PairId pair, PersonId senior, PersonId mentor, LocalTime start, Attendance... oldestFirst) {
		for (int i = 0; i < oldestFirst.length; i++) {
			Attendance attendance = oldestFirst[i];
			if (attendance != null) {
				this.logged.log(this.logged.held(pair, this.logged.tuesday(oldestFirst.length - 1 - i), start), 0,
						LoggedSessions.report(Map.of(mentor, PRESENT, senior, attendance),
								attendance.attended() ? 60 : 0, Set.of(), List.of()));
			}
		}
	}

	<T> T at(LocalDate day, LocalTime time, Supplier<T> work) {
		Instant moment = day.atTime(time).atZone(LoggedSessions.STOCKHOLM).toInstant();
		return this.clock.at(moment, () -> this.logged.programme.as(work));
	}

}
