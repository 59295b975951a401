package org.tandem.matching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.programmes.Programmes;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching one newcomer keeps the mentors of the newcomer's town between proposals, and
 * must never propose from mentors as they were: every change to a mentor that the hard
 * rules or the score read is seen by the very next proposal, also when another instance
 * of Tandem made it. Each test asks once (so that the mentors are kept), changes one
 * thing, and asks again.
 */
@TandemTest
class NewcomersSeeRegistryChangesTest {

	static final WeeklyTimes TUESDAY_EVENING = WeeklyTimes
		.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(21, 0)));

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
	Newcomers newcomers;

	@Autowired
	Clock clock;

	TestOrganisation skelleftea;

	MatchableProgramme programme;

	@BeforeEach
	void aProgramme() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.programme = MatchableProgramme.in(this.skelleftea, this.organisations, this.programmes, this.venues,
				this.people);
	}

	MentorProposal propose(PersonId senior) {
		MentorProposal[] proposal = new MentorProposal[1];
		this.organisations.actFor(this.skelleftea.organisation(),
				() -> proposal[0] = this.newcomers.propose(this.programme.programme, senior));
		return proposal[0];
	}

	PersonId best(PersonId senior) {
		MentorOption best = propose(senior).best();
		return (best != null) ? best.mentor() : null;
	}

	@Test
	void aMentorWhoNoLongerSpeaksTheLanguageIsNotProposed() {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		assertThat(best(astrid)).isEqualTo(ali);

		this.programme.change(ali, (profile) -> MatchableProgramme.speaking(profile, "ar"));

		assertThat(best(astrid)).isNull();
		assertThat(propose(astrid).reasons()).extracting(UnmatchedReason::code)
			.containsExactly(UnmatchedReason.Code.NO_MENTOR_SPEAKS_LANGUAGE);
	}

	@Test
	void aMentorWhoIsNoLongerFreeThenIsNotProposed() {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		assertThat(best(astrid)).isEqualTo(ali);

		this.programme.change(ali, (profile) -> MatchableProgramme.free(profile,
				WeeklyTimes.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)))));

		assertThat(best(astrid)).isNull();
	}

	@Test
	void aMentorWhoWithdrewConsentIsNotProposed() {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		assertThat(best(astrid)).isEqualTo(ali);

		this.programme.withdrawConsent(ali);

		assertThat(best(astrid)).isNull();
	}

	@Test
	void aHomeVisitIsProposedOnceTheMentorsBackgroundCheckIsRecorded() {
		// Both free only after the library has closed: a home visit is all there is.
		PersonId astrid = this.programme.active(PersonKind.SENIOR, "Astrid", 1,
				(profile) -> MatchableProgramme.homeVisits(MatchableProgramme.free(profile, TUESDAY_EVENING)));
		PersonId ali = this.programme.active(PersonKind.MENTOR, "Ali", 2,
				(profile) -> MatchableProgramme.homeVisits(MatchableProgramme.free(profile, TUESDAY_EVENING)));
		assertThat(best(astrid)).isNull();
		assertThat(propose(astrid).reasons()).extracting(UnmatchedReason::code)
			.containsExactly(UnmatchedReason.Code.HOME_VISIT_NOT_PERMITTED);

		this.programme.backgroundCheck(ali, LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Stockholm")));

		assertThat(best(astrid)).isEqualTo(ali);
	}

	@Test
	void aMentorWhoCameInIsProposed() {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		this.programme.mentor("Ali", 2, "ar");
		assertThat(best(astrid)).isNull();

		PersonId eva = this.programme.mentor("Eva", 1, "sv");

		assertThat(best(astrid)).isEqualTo(eva);
	}

	@Test
	void aMentorWhoseLastPlaceWasTakenIsNotProposed() {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId bengt = this.programme.senior("Bengt", "sv");
		PersonId eva = this.programme.mentor("Eva", 1, "sv");
		assertThat(best(astrid)).isEqualTo(eva);

		this.organisations.actFor(this.skelleftea.organisation(),
				() -> this.pairs.pairManually(this.programme.programme, new PairOfPeople(bengt, eva)));

		assertThat(best(astrid)).isNull();
		assertThat(propose(astrid).reasons()).extracting(UnmatchedReason::code)
			.containsExactly(UnmatchedReason.Code.MENTORS_FULL);
	}

	@Test
	void aChangeMadeThroughAnotherInstanceIsSeen() {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		assertThat(best(astrid)).isEqualTo(ali);

		// A second instance on the same database, which this one knows nothing of.
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(TandemApplication.class)
			.profiles("test")
			.run("--server.port=0")) {
			MatchableProgramme.change(other.getBean(Organisations.class), other.getBean(People.class),
					this.skelleftea.organisation(), ali, (profile) -> MatchableProgramme.speaking(profile, "ar"));
		}

		assertThat(best(astrid)).isNull();
	}

}
