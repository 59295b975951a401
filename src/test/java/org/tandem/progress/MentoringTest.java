package org.tandem.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.curriculum.Curriculum;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.StepReached;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonNotFound;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A mentor's figures come from the logged sessions they came to: a session the mentor
 * missed counts for nothing, seniors are counted once, and training hours stay apart from
 * session hours.
 */
@TandemTest
class MentoringTest {

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
	Mentoring mentoring;

	LoggedSessions logged;

	PersonId mentor;

	PersonId astrid;

	PersonId bertil;

	@BeforeEach
	void aMentorWithTwoSeniors() {
		PlannableProgramme programme = PlannableProgramme.in(this.testOrganisations.create("Sorsele"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));
		this.logged = new LoggedSessions(programme, this.sessions, this.logbook, this.curriculum, this.people,
				this.clock);
		this.mentor = programme.mentor("Ali", "Lindqvist");
		this.astrid = programme.senior("Astrid", "Berg");
		this.bertil = programme.senior("Bertil", "Ek");
	}

	@Test
	void countsOnlyTheSessionsTheMentorCameToAndKeepsTrainingApart() {
		PairId withAstrid = this.logged.programme.pair(this.astrid, this.mentor);
		PairId withBertil = this.logged.programme.pair(this.bertil, this.mentor);
		var swish = this.logged.step("swish", 1);
		var bankid = this.logged.topic("bankid");
		var scams = this.logged.topic("scams");
		this.logged.log(this.logged.held(withAstrid, this.logged.tuesday(3), LocalTime.of(13, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, Attendance.PRESENT, this.astrid, Attendance.PRESENT), 60,
						Set.of(), List.of(new StepReached(this.astrid, swish.id(), LearningLevel.INTRODUCED))));
		this.logged.log(this.logged.held(withBertil, this.logged.tuesday(2), LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, Attendance.PRESENT, this.bertil, Attendance.PRESENT), 45,
						Set.of(bankid.id()), List.of()));
		// The mentor was ill: another volunteer sat with Astrid, on scams.
		this.logged.log(this.logged.held(withAstrid, this.logged.tuesday(1), LocalTime.of(15, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, Attendance.ABSENT, this.astrid, Attendance.PRESENT), 30,
						Set.of(scams.id()), List.of()));
		// Bertil did not come; the mentor waited twenty minutes.
		this.logged.log(this.logged.held(withBertil, this.logged.tuesday(0), LocalTime.of(16, 0)), 0, LoggedSessions
			.report(Map.of(this.mentor, Attendance.PRESENT, this.bertil, Attendance.ABSENT), 20, Set.of(), List.of()));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), LoggedSessions.STOCKHOLM);
		this.logged.programme.as(() -> this.mentoring.recordTraining(this.mentor,
				new TrainingDetails(today.minusDays(40), new BigDecimal("1.5"), "Bedrägerier på nätet")));
		this.logged.programme.as(() -> this.mentoring.recordTraining(this.mentor,
				new TrainingDetails(today, new BigDecimal("2"), "Första hjälpen")));

		MentorSummary summary = this.logged.programme.as(() -> this.mentoring.summary(this.mentor));

		assertThat(summary.name()).isEqualTo("Ali Lindqvist");
		assertThat(summary.sessions()).isEqualTo(3);
		assertThat(summary.sessionMinutes()).isEqualTo(60 + 45 + 20);
		assertThat(summary.sessionHours()).isEqualByComparingTo("2.1");
		assertThat(summary.seniors()).isEqualTo(2);
		assertThat(summary.topics()).containsExactly(bankid.name(), this.logged.topic("swish").name());
		assertThat(summary.trainingHours()).isEqualByComparingTo("3.5");
		assertThat(this.logged.programme.as(() -> this.mentoring.training(this.mentor)))
			.extracting(Training::date, Training::what)
			.containsExactly(tuple(today, "Första hjälpen"), tuple(today.minusDays(40), "Bedrägerier på nätet"));
	}

	@Test
	void aMentorWithNoLogsHasNothingYet() {
		MentorSummary summary = this.logged.programme.as(() -> this.mentoring.summary(this.mentor));

		assertThat(summary.sessions()).isZero();
		assertThat(summary.sessionMinutes()).isZero();
		assertThat(summary.seniors()).isZero();
		assertThat(summary.topics()).isEmpty();
		assertThat(summary.trainingHours()).isEqualByComparingTo("0");
	}

	@Test
	void trainingThatBreaksARuleIsRefusedByField() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), LoggedSessions.STOCKHOLM);

		assertThatExceptionOfType(TrainingRefused.class)
			.isThrownBy(() -> this.logged.programme.as(() -> this.mentoring.recordTraining(this.mentor,
					new TrainingDetails(today.plusDays(2), BigDecimal.ONE, "Kurs"))))
			.satisfies((refused) -> assertThat(refused.field() + "/" + refused.rule()).isEqualTo("date/InTheFuture"));
		assertThatExceptionOfType(TrainingRefused.class)
			.isThrownBy(() -> new TrainingDetails(today, new BigDecimal("0.1"), "Kurs"))
			.satisfies(
					(refused) -> assertThat(refused.field() + "/" + refused.rule()).isEqualTo("hours/HoursOutOfRange"));
		assertThatExceptionOfType(TrainingRefused.class)
			.isThrownBy(() -> new TrainingDetails(today, new BigDecimal("25"), "Kurs"))
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo("hours"));
		assertThatExceptionOfType(TrainingRefused.class)
			.isThrownBy(() -> new TrainingDetails(today, BigDecimal.ONE, " "))
			.satisfies((refused) -> assertThat(refused.field() + "/" + refused.rule()).isEqualTo("what/Required"));
		assertThat(this.logged.programme.as(() -> this.mentoring.training(this.mentor))).isEmpty();
	}

	@Test
	void aSeniorOrAnotherOrganisationsMentorHasNoSummary() {
		PlannableProgramme elsewhere = PlannableProgramme.in(this.testOrganisations.create("Storuman"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));

		assertThatExceptionOfType(PersonNotFound.class)
			.isThrownBy(() -> this.logged.programme.as(() -> this.mentoring.summary(this.astrid)));
		assertThatExceptionOfType(PersonNotFound.class)
			.isThrownBy(() -> elsewhere.as(() -> this.mentoring.summary(this.mentor)));
	}

}
