package org.tandem.logbook;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.Topic;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.Users;
import org.tandem.system.Role;
import org.tandem.organisations.TestOrganisation;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.Profile;
import org.tandem.people.TopicWish;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OneToOnePlan;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.Session;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;
import org.tandem.venues.Venues;

/**
 * A one-to-one session of Ali Lindqvist (mentor) and Astrid Berg (senior, who asked for
 * help with scams) that took place last Tuesday 14:00–15:00, ready to be logged, and the
 * same pair's next meeting, a week ahead.
 */
public final class LoggableSession {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	public final PlannableProgramme programme;

	public final PersonId mentor;

	public final PersonId senior;

	public final Session session;

	public final OccurrenceId held;

	public final OccurrenceId coming;

	/** The topic Astrid asked for: not the first of the catalogue. */
	public final Topic wanted;

	public final Step wantedStep;

	private LoggableSession(PlannableProgramme programme, PersonId mentor, PersonId senior, Session session,
			OccurrenceId held, OccurrenceId coming, Topic wanted) {
		this.programme = programme;
		this.mentor = mentor;
		this.senior = senior;
		this.session = session;
		this.held = held;
		this.coming = coming;
		this.wanted = wanted;
		this.wantedStep = wanted.activeSteps().get(0);
	}

	public static LoggableSession in(TestOrganisation organisation, Organisations organisations, Programmes programmes,
			Venues venues, People people, Pairs pairs, Sessions sessions, Curriculum curriculum, MutableClock clock) {
		PlannableProgramme programme = PlannableProgramme.in(organisation, organisations, programmes, venues, people,
				pairs, PlannableProgramme.around(clock));
		PersonId mentor = programme.mentor("Ali", "Lindqvist");
		PersonId senior = programme.senior("Astrid", "Berg");
		Topic scams = programme.as(() -> curriculum.topicByCode("scams").orElseThrow());
		programme.as(() -> {
			Person astrid = people.get(senior);
			Profile p = astrid.profile();
			return people.change(senior, astrid.version(),
					new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(),
							p.address(), p.contactChannel(), p.languages(), p.devices(),
							List.of(new TopicWish(scams.id(), 1)), p.availability(), p.venues(), p.homeVisits(),
							p.accessibilityNeeds(), p.programmes(), p.school(), p.schoolClass(), p.capacity(),
							p.preferredMentorGender(), p.notes()));
		});
		PairId pair = programme.pair(senior, mentor);
		LocalDate tuesday = lastTuesday(clock);
		Instant before = tuesday.atTime(8, 0).atZone(STOCKHOLM).toInstant();
		Session session = clock.at(before,
				() -> programme.as(() -> sessions.plan(new OneToOnePlan(pair, "Swish", programme.inStudyRoom(),
						Schedule.weekly(tuesday, LocalTime.of(14, 0), LocalTime.of(15, 0), 1, null, 3, Set.of())))));
		return new LoggableSession(programme, mentor, senior, session, session.occurrences().get(0).id(),
				session.occurrences().get(2).id(), scams);
	}

	/**
	 * The organisation's venue staff account works at the library, as an admin set it.
	 */
	public void staffTheLibrary(Users users) {
		this.programme.as(() -> users.linkVenues(this.programme.organisation.user(Role.VENUE_STAFF).id(),
				Set.of(this.programme.library.id().value())));
	}

	/** The organisation's mentor account stands for the session's mentor. */
	public void linkTheMentor(Users users) {
		this.programme
			.as(() -> users.linkPerson(this.programme.organisation.user(Role.MENTOR).id(), this.mentor.value()));
	}

	/** The last Tuesday before the clock's today. */
	static LocalDate lastTuesday(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), STOCKHOLM)
			.minusDays(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
	}

}
