package org.tandem.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.Topic;
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
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.tandem.logbook.LearningLevel.INTRODUCED;
import static org.tandem.logbook.LearningLevel.NOT_YET;
import static org.tandem.logbook.LearningLevel.ON_MY_OWN;
import static org.tandem.logbook.LearningLevel.WITH_HELP;

/**
 * A senior's passport follows the logs: levels going up over weeks, a correction that
 * takes a level down again, topics the senior asked for and topics a log brought in, in
 * the curriculum's order; another organisation finds no such senior.
 */
@TandemTest
class PassportTest {

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
	Passports passports;

	LoggedSessions logged;

	PersonId mentor;

	PersonId senior;

	PairId pair;

	@BeforeEach
	void aPair() {
		PlannableProgramme programme = PlannableProgramme.in(this.testOrganisations.create("Norsjö"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));
		this.logged = new LoggedSessions(programme, this.sessions, this.logbook, this.curriculum, this.people,
				this.clock);
		this.mentor = programme.mentor("Ali", "Lindqvist");
		this.senior = programme.senior("Astrid", "Berg");
		this.pair = programme.pair(this.senior, this.mentor);
	}

	@Test
	void progressIsDerivedFromASequenceOfLogsIncludingACorrection() {
		Topic swish = this.logged.topic("swish");
		Topic bankid = this.logged.topic("bankid");
		Topic scams = this.logged.topic("scams");
		this.logged.wants(this.senior, swish.id());
		Step send = swish.steps().get(0);
		Step receive = swish.steps().get(1);
		Step login = bankid.steps().get(0);
		LocalDate first = this.logged.tuesday(3);
		LocalDate second = this.logged.tuesday(2);
		LocalDate third = this.logged.tuesday(1);
		LocalDate fourth = this.logged.tuesday(0);
		OccurrenceId one = this.logged.held(this.pair, first, LocalTime.of(14, 0));
		OccurrenceId two = this.logged.held(this.pair, second, LocalTime.of(14, 0));
		OccurrenceId three = this.logged.held(this.pair, third, LocalTime.of(14, 0));
		OccurrenceId four = this.logged.held(this.pair, fourth, LocalTime.of(14, 0));
		Map<PersonId, Attendance> bothCame = Map.of(this.mentor, Attendance.PRESENT, this.senior, Attendance.PRESENT);

		this.logged.log(one, 0,
				LoggedSessions.report(bothCame, 60, Set.of(),
						List.of(new StepReached(this.senior, send.id(), INTRODUCED),
								new StepReached(this.senior, receive.id(), INTRODUCED))));
		this.logged.log(two, 0, LoggedSessions.report(bothCame, 60, Set.of(),
				List.of(new StepReached(this.senior, send.id(), WITH_HELP))));
		this.logged.log(three, 0,
				LoggedSessions.report(bothCame, 60, Set.of(),
						List.of(new StepReached(this.senior, send.id(), ON_MY_OWN),
								new StepReached(this.senior, receive.id(), WITH_HELP))));
		this.logged.log(four, 0, LoggedSessions.report(bothCame, 45, Set.of(scams.id()),
				List.of(new StepReached(this.senior, login.id(), INTRODUCED))));
		// The third session's paper sheet was misread: sending on one's own was with
		// help.
		this.logged.log(three, 1,
				LoggedSessions.report(bothCame, 60, Set.of(),
						List.of(new StepReached(this.senior, send.id(), WITH_HELP),
								new StepReached(this.senior, receive.id(), WITH_HELP))));

		Passport passport = this.logged.programme.as(() -> this.passports.passport(this.senior));

		assertThat(passport.name()).isEqualTo("Astrid Berg");
		assertThat(passport.topics()).extracting(PassportTopic::code)
			.containsExactlyElementsOf(List.of(bankid, swish, scams)
				.stream()
				.sorted((a, b) -> Integer.compare(a.position(), b.position()))
				.map(Topic::code)
				.toList());
		assertThat(passport.topics()).filteredOn(PassportTopic::wanted)
			.extracting(PassportTopic::code)
			.containsExactly("swish");
		PassportTopic swishPage = topic(passport, "swish");
		assertThat(swishPage.steps()).extracting(PassportStep::id)
			.containsExactlyElementsOf(swish.activeSteps().stream().map(Step::id).toList());
		assertThat(step(swishPage, send).level()).isEqualTo(WITH_HELP);
		assertThat(step(swishPage, send).history())
			.extracting(LevelReached::date, LevelReached::level, LevelReached::occurrence)
			.containsExactly(tuple(first, INTRODUCED, one), tuple(second, WITH_HELP, two),
					tuple(third, WITH_HELP, three));
		assertThat(step(swishPage, receive).level()).isEqualTo(WITH_HELP);
		assertThat(step(swishPage, receive).history()).extracting(LevelReached::date, LevelReached::level)
			.containsExactly(tuple(first, INTRODUCED), tuple(third, WITH_HELP));
		assertThat(swishPage.steps().subList(2, swishPage.steps().size())).allSatisfy((step) -> {
			assertThat(step.level()).isEqualTo(NOT_YET);
			assertThat(step.history()).isEmpty();
		});
		PassportTopic bankidPage = topic(passport, "bankid");
		assertThat(step(bankidPage, login).level()).isEqualTo(INTRODUCED);
		assertThat(step(bankidPage, login).history()).extracting(LevelReached::date).containsExactly(fourth);
		assertThat(topic(passport, "scams").steps()).isNotEmpty()
			.allSatisfy((step) -> assertThat(step.level()).isEqualTo(NOT_YET));
		assertThat(passport.anyProgress()).isTrue();
	}

	@Test
	void aSeniorWithNoTopicsAndNoLogsHasAnEmptyPassport() {
		Passport passport = this.logged.programme.as(() -> this.passports.passport(this.senior));

		assertThat(passport.topics()).isEmpty();
		assertThat(passport.anyProgress()).isFalse();
	}

	@Test
	void aMentorOrAnotherOrganisationsSeniorHasNoPassport() {
		PlannableProgramme elsewhere = PlannableProgramme.in(this.testOrganisations.create("Malå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs, PlannableProgramme.around(this.clock));

		assertThatExceptionOfType(PersonNotFound.class)
			.isThrownBy(() -> this.logged.programme.as(() -> this.passports.passport(this.mentor)));
		assertThatExceptionOfType(PersonNotFound.class)
			.isThrownBy(() -> elsewhere.as(() -> this.passports.passport(this.senior)));
	}

	static PassportTopic topic(Passport passport, String code) {
		return passport.topics().stream().filter((topic) -> topic.code().equals(code)).findFirst().orElseThrow();
	}

	static PassportStep step(PassportTopic topic, Step step) {
		return topic.steps().stream().filter((found) -> found.id().equals(step.id())).findFirst().orElseThrow();
	}

	static LearningLevel levelOf(PassportTopic topic, Step step) {
		return step(topic, step).level();
	}

}
