package org.tandem.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.curriculum.Step;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.StepReached;
import org.tandem.matching.PairId;
import org.tandem.people.PersonId;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up rules of {@link ProgrammeFollowUpTest}, and a passport, a mentor's
 * figures and training read back, on PostgreSQL, the production database: the logbook's
 * reads by person and programme (window functions, "in" lists) and the training table
 * work there as on H2.
 */
@OnPostgres
class ProgressOnPostgresTest extends ProgrammeFollowUpTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Autowired
	Passports passports;

	@Autowired
	Mentoring mentoring;

	@Test
	void aPassportAndAMentorsFiguresReadBackOnPostgres() {
		PersonId senior = this.logged.programme.senior("Astrid", "Berg");
		PairId pair = this.logged.programme.pair(senior, this.mentor);
		Step send = this.logged.step("swish", 1);
		this.logged.log(this.logged.held(pair, this.logged.tuesday(0), LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, Attendance.PRESENT, senior, Attendance.PRESENT), 50,
						Set.of(this.logged.topic("scams").id()),
						List.of(new StepReached(senior, send.id(), LearningLevel.ON_MY_OWN))));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), LoggedSessions.STOCKHOLM);
		this.logged.programme.as(() -> this.mentoring.recordTraining(this.mentor,
				new TrainingDetails(today, new BigDecimal("0.75"), "Introduktion")));

		Passport passport = this.logged.programme.as(() -> this.passports.passport(senior));
		MentorSummary summary = this.logged.programme.as(() -> this.mentoring.summary(this.mentor));

		assertThat(passport.topics()).extracting(PassportTopic::code).containsExactlyInAnyOrder("swish", "scams");
		assertThat(PassportTest.step(PassportTest.topic(passport, "swish"), send).level())
			.isEqualTo(LearningLevel.ON_MY_OWN);
		assertThat(summary.sessions()).isEqualTo(1);
		assertThat(summary.sessionMinutes()).isEqualTo(50);
		assertThat(summary.seniors()).isEqualTo(1);
		assertThat(summary.trainingHours()).isEqualByComparingTo("0.75");
	}

}
