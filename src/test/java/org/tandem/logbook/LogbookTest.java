package org.tandem.logbook;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.TopicId;
import org.tandem.curriculum.Topic;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OneToOnePlan;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.Scope;
import org.tandem.sessions.Session;
import org.tandem.sessions.SessionNotFound;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Logging a session: the whole report kept, each rule refused by name with nothing
 * written, corrections kept as revisions with the senior's steps following the
 * correction, a stale correction refused, and another organisation's sessions out of
 * reach.
 */
@TandemTest
@RecordApplicationEvents
class LogbookTest {

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
	Curriculum curriculum;

	@Autowired
	Logbook logbook;

	@Autowired
	LogHistory history;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	PlannableProgramme programme;

	PersonId mentor;

	PersonId senior;

	OccurrenceId held;

	Step swishStep;

	Step otherStep;

	@BeforeEach
	void aSessionThatTookPlace() {
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs, PlannableProgramme.around(this.clock));
		this.mentor = this.programme.mentor("Ali", "Lindqvist");
		this.senior = this.programme.senior("Astrid", "Berg");
		PairId pair = this.programme.pair(this.senior, this.mentor);
		this.held = planned(pair, lastTuesday()).occurrences().get(0).id();
		List<Step> steps = this.programme.as(() -> this.curriculum.topics())
			.stream()
			.map(Topic::steps)
			.flatMap(List::stream)
			.toList();
		this.swishStep = steps.get(0);
		this.otherStep = steps.get(steps.size() - 1);
	}

	/** The last Tuesday before the clock's today. */
	LocalDate lastTuesday() {
		return today().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), STOCKHOLM);
	}

	Session planned(PairId pair, LocalDate day) {
		Instant before = day.atTime(8, 0).atZone(STOCKHOLM).toInstant();
		return this.clock.at(before, () -> this.programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Swish",
				this.programme.inStudyRoom(), Schedule.single(day, LocalTime.of(14, 0), LocalTime.of(15, 0))))));
	}

	SessionReport report() {
		return new SessionReport(Map.of(this.mentor, Attendance.PRESENT, this.senior, Attendance.PRESENT), 55, Set.of(),
				List.of(new StepReached(this.senior, this.swishStep.id(), LearningLevel.WITH_HELP)),
				Map.of(this.senior, 5), "Astrid skickade sin första Swish.", true, false);
	}

	SessionLog record(int expectedRevision, SessionReport report, String reason) {
		return this.programme.as(() -> this.logbook.record(this.held, expectedRevision, report, reason));
	}

	@Test
	void aFirstLogKeepsTheWholeReportAndAddsTheStepsTopic() {
		SessionLog log = record(0, report(), "ignored for a first log");

		assertThat(log.revision()).isEqualTo(1);
		SessionReport stored = log.report();
		assertThat(stored.attendance()).containsOnly(Map.entry(this.mentor, Attendance.PRESENT),
				Map.entry(this.senior, Attendance.PRESENT));
		assertThat(stored.minutes()).isEqualTo(55);
		assertThat(stored.topics()).containsExactly(this.swishStep.topicId());
		assertThat(stored.steps()).containsExactly(report().steps().get(0));
		assertThat(stored.feedback()).containsExactly(Map.entry(this.senior, 5));
		assertThat(stored.note()).isEqualTo("Astrid skickade sin första Swish.");
		assertThat(stored.attested()).isTrue();
		assertThat(log.current().reason()).isNull();
		assertThat(log.current().onBehalf()).isTrue();
		assertThat(log.followUpOpen()).isFalse();
		assertThat(this.programme.as(() -> this.history.stepsOf(this.senior)))
			.containsExactly(new StepEntry(this.swishStep.id(), LearningLevel.WITH_HELP,
					this.programme.as(() -> this.sessions.occurrence(this.held)).start(), this.held));
		assertThat(this.events.stream(SessionLogged.class))
			.containsExactly(new SessionLogged(this.programme.organisation.organisation().id(), this.held, 1, false));
	}

	@Test
	void aCorrectionIsANewRevisionAndTheStepsFollowIt() {
		record(0, report());
		SessionReport corrected = new SessionReport(report().attendance(), 60, Set.of(),
				List.of(new StepReached(this.senior, this.swishStep.id(), LearningLevel.ON_MY_OWN),
						new StepReached(this.senior, this.otherStep.id(), LearningLevel.INTRODUCED)),
				Map.of(), null, true, false);

		SessionLog log = record(1, corrected, "  Fel nivå på papperet  ");

		assertThat(log.revisions()).hasSize(2);
		assertThat(log.revisions().get(0).report().steps()).containsExactly(report().steps().get(0));
		assertThat(log.revisions().get(0).report().minutes()).isEqualTo(55);
		assertThat(log.current().reason()).isEqualTo("Fel nivå på papperet");
		assertThat(log.current().isCorrection()).isTrue();
		assertThat(log.report().minutes()).isEqualTo(60);
		assertThat(this.programme.as(() -> this.history.stepsOf(this.senior))).extracting(StepEntry::level)
			.containsExactlyInAnyOrder(LearningLevel.ON_MY_OWN, LearningLevel.INTRODUCED);
	}

	@Test
	void aCorrectionOfAnOlderRevisionOrASecondFirstLogIsRefusedAndKeepsWhatWasThere() {
		record(0, report());
		record(1, report());

		assertThatExceptionOfType(LogChanged.class).isThrownBy(() -> record(1, report()));
		assertThatExceptionOfType(LogChanged.class).isThrownBy(() -> record(0, report()));
		assertThat(this.programme.as(() -> this.logbook.log(this.held)).revisions()).hasSize(2);
	}

	@Test
	void aScamSeenOrAMissingAttestationIsForTheCoordinatorToFollowUpUntilClosed() {
		SessionReport scam = new SessionReport(report().attendance(), 50, Set.of(), List.of(), Map.of(),
				"Ett samtal från 'banken' under träffen.", true, true);

		SessionLog log = record(0, scam);

		assertThat(log.followUpOpen()).isTrue();
		assertThat(this.events.stream(SessionLogged.class)).extracting(SessionLogged::followUp).containsExactly(true);
		assertThat(this.programme.as(() -> this.logbook.closeFollowUp(this.held))).isTrue();
		assertThat(this.programme.as(() -> this.logbook.closeFollowUp(this.held))).isFalse();
		SessionLog closed = this.programme.as(() -> this.logbook.log(this.held));
		assertThat(closed.followUpOpen()).isFalse();
		assertThat(closed.followUpClosedAt()).isNotNull();

		SessionLog unattested = record(1,
				new SessionReport(report().attendance(), 50, Set.of(), List.of(), Map.of(), null, false, false), null);
		assertThat(unattested.followUpOpen()).isTrue();
	}

	static List<Object[]> brokenReports() {
		return List.<Object[]>of(
				new Object[] { "attendance", "AttendanceMissing",
						(Breaker) (t, r) -> withAttendance(r, Map.of(t.mentor, Attendance.PRESENT)) },
				new Object[] { "attendance", "NotBooked",
						(Breaker) (t, r) -> withAttendance(r,
								Map.of(t.mentor, Attendance.PRESENT, t.senior, Attendance.PRESENT,
										new PersonId(UUID.randomUUID()), Attendance.ABSENT)) },
				new Object[] { "minutes", "MinutesOutOfRange", (Breaker) (t, r) -> withMinutes(r, 601) },
				new Object[] { "minutes", "MinutesOutOfRange", (Breaker) (t, r) -> withMinutes(r, -1) },
				new Object[] { "minutes", "MinutesRequired", (Breaker) (t, r) -> withMinutes(r, 0) },
				new Object[] { "steps", "StepForAbsentSenior",
						(Breaker) (t, r) -> withAttendance(r,
								Map.of(t.mentor, Attendance.PRESENT, t.senior, Attendance.ABSENT)) },
				new Object[] { "steps", "StepTwice",
						(Breaker) (t, r) -> new SessionReport(r.attendance(), r.minutes(), r.topics(),
								List.of(r.steps().get(0),
										new StepReached(t.senior, t.swishStep.id(), LearningLevel.ON_MY_OWN)),
								r.feedback(), r.note(), r.attested(), r.scamSeen()) },
				new Object[] { "steps", "UnknownStep",
						(Breaker) (t, r) -> new SessionReport(r.attendance(), r.minutes(), r.topics(),
								List.of(new StepReached(t.senior, new StepId(UUID.randomUUID()),
										LearningLevel.ON_MY_OWN)),
								r.feedback(), r.note(), r.attested(), r.scamSeen()) },
				new Object[] { "topics", "UnknownTopic",
						(Breaker) (t, r) -> new SessionReport(r.attendance(), r.minutes(),
								Set.of(new TopicId(UUID.randomUUID())), r.steps(), r.feedback(), r.note(), r.attested(),
								r.scamSeen()) },
				new Object[] { "feedback", "FeedbackOutOfRange",
						(Breaker) (t, r) -> new SessionReport(r.attendance(), r.minutes(), r.topics(), r.steps(),
								Map.of(t.senior, 6), r.note(), r.attested(), r.scamSeen()) },
				new Object[] { "feedback", "FeedbackFromAbsentSenior",
						(Breaker) (t, r) -> new SessionReport(
								Map.of(t.mentor, Attendance.PRESENT, t.senior, Attendance.CANCELLED_LATE), 0,
								r.topics(), List.of(), Map.of(t.senior, 3), r.note(), r.attested(), r.scamSeen()) },
				new Object[] { "note", "NoteTooLong", (Breaker) (t, r) -> new SessionReport(r.attendance(), r.minutes(),
						r.topics(), r.steps(), r.feedback(), "x".repeat(1001), r.attested(), r.scamSeen()) });
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("brokenReports")
	void aReportThatBreaksARuleIsRefusedByNameAndNothingIsWritten(String field, String rule, Breaker breaker) {
		SessionReport broken = breaker.apply(this, report());

		assertThatExceptionOfType(LogRefused.class).isThrownBy(() -> record(0, broken)).satisfies((refused) -> {
			assertThat(refused.field()).isEqualTo(field);
			assertThat(refused.rule()).isEqualTo(rule);
		});
		assertThat(this.programme.as(() -> this.logbook.find(this.held))).isEmpty();
		assertThat(this.events.stream(SessionLogged.class)).isEmpty();
	}

	@Test
	void aSessionIsLoggedOnlyOnceItHasStartedAndOnlyIfItTookPlace() {
		PersonId other = this.programme.senior("Gösta", "Nilsson");
		PairId pair = this.programme.pair(other, this.mentor);
		Session coming = this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Swish", this.programme.inStudyRoom(),
					Schedule.single(today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
							LocalTime.of(14, 0), LocalTime.of(15, 0)))));
		OccurrenceId future = coming.occurrences().get(0).id();
		SessionReport report = new SessionReport(Map.of(this.mentor, Attendance.PRESENT, other, Attendance.PRESENT), 60,
				Set.of(), List.of(), Map.of(), null, true, false);
		assertThatExceptionOfType(LogRefused.class)
			.isThrownBy(() -> this.programme.as(() -> this.logbook.record(future, 0, report, null)))
			.satisfies((refused) -> assertThat(refused.rule()).isEqualTo("NotStarted"));

		this.programme.as(() -> this.sessions.cancel(future, "Sjuk", Scope.THIS));
		assertThatExceptionOfType(LogRefused.class)
			.isThrownBy(() -> this.programme.as(() -> this.logbook.record(future, 0, report, null)))
			.satisfies((refused) -> assertThat(refused.rule()).isEqualTo("NotHeld"));
	}

	@Test
	void anotherOrganisationCannotLogOrReadTheSession() {
		record(0, report());
		PlannableProgramme elsewhere = PlannableProgramme.in(this.testOrganisations.create("Lycksele"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));

		assertThatExceptionOfType(SessionNotFound.class)
			.isThrownBy(() -> elsewhere.as(() -> this.logbook.record(this.held, 1, report(), null)));
		assertThatExceptionOfType(LogNotFound.class).isThrownBy(() -> elsewhere.as(() -> this.logbook.log(this.held)));
		assertThat(elsewhere.as(() -> this.history.stepsOf(this.senior))).isEmpty();
		assertThat(this.programme.as(() -> this.logbook.log(this.held)).revisions()).hasSize(1);
	}

	SessionLog record(int expectedRevision, SessionReport report) {
		return record(expectedRevision, report, null);
	}

	static SessionReport withAttendance(SessionReport report, Map<PersonId, Attendance> attendance) {
		return new SessionReport(attendance, report.minutes(), report.topics(), report.steps(), report.feedback(),
				report.note(), report.attested(), report.scamSeen());
	}

	static SessionReport withMinutes(SessionReport report, int minutes) {
		return new SessionReport(report.attendance(), minutes, report.topics(), report.steps(), report.feedback(),
				report.note(), report.attested(), report.scamSeen());
	}

	/** Breaks one rule of a good report. */
	interface Breaker {

		SessionReport apply(LogbookTest test, SessionReport report);

	}

}
