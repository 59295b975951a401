package org.tandem.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.SessionLog;
import org.tandem.logbook.SessionReport;
import org.tandem.logbook.StepReached;
import org.tandem.matching.PairId;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.Profile;
import org.tandem.people.TopicWish;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OneToOnePlan;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;

/**
 * Sessions of a {@link PlannableProgramme} planned on past Tuesdays (the clock set back
 * while they are planned) and logged through the logbook, as a coordinator would type
 * them in.
 */
final class LoggedSessions {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	final PlannableProgramme programme;

	private final Sessions sessions;

	private final Logbook logbook;

	private final Curriculum curriculum;

	private final People people;

	private final MutableClock clock;

	LoggedSessions(PlannableProgramme programme, Sessions sessions, Logbook logbook, Curriculum curriculum,
			People people, MutableClock clock) {
		this.programme = programme;
		this.sessions = sessions;
		this.logbook = logbook;
		this.curriculum = curriculum;
		this.people = people;
		this.clock = clock;
	}

	/** The Tuesday {@code weeksAgo} weeks before the last Tuesday before today. */
	LocalDate tuesday(int weeksAgo) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), STOCKHOLM);
		return today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)).minusWeeks(weeksAgo);
	}

	/** A pair's session of one hour from {@code start} on a past day. */
	OccurrenceId held(PairId pair, LocalDate day, LocalTime start) {
		Instant before = day.atTime(8, 0).atZone(STOCKHOLM).toInstant();
		return this.clock
			.at(before,
					() -> this.programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Träff",
							this.programme.inStudyRoom(), Schedule.single(day, start, start.plusHours(1))))))
			.occurrences()
			.get(0)
			.id();
	}

	SessionLog log(OccurrenceId occurrence, int expectedRevision, SessionReport report) {
		return this.programme.as(() -> this.logbook.record(occurrence, expectedRevision, report, null));
	}

	static SessionReport report(Map<PersonId, Attendance> attendance, int minutes, Set<TopicId> topics,
			List<StepReached> steps) {
		return new SessionReport(attendance, minutes, topics, steps, Map.of(), null, true, false);
	}

	Topic topic(String code) {
		return this.programme.as(() -> this.curriculum.topicByCode(code)).orElseThrow();
	}

	Step step(String code, int position) {
		return topic(code).steps().get(position - 1);
	}

	/** Gives a senior the topics they want. */
	void wants(PersonId senior, TopicId... topics) {
		this.programme.as(() -> {
			Person person = this.people.get(senior);
			Profile p = person.profile();
			List<TopicWish> wishes = new ArrayList<>();
			for (int i = 0; i < topics.length; i++) {
				wishes.add(new TopicWish(topics[i], i + 1));
			}
			return this.people.change(senior, person.version(),
					new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(),
							p.address(), p.contactChannel(), p.languages(), p.devices(), wishes, p.availability(),
							p.venues(), p.homeVisits(), p.accessibilityNeeds(), p.programmes(), p.school(),
							p.schoolClass(), p.capacity(), p.preferredMentorGender(), p.notes()));
		});
	}

	/** Changes the languages a person speaks, the first language first. */
	void speaks(PersonId person, List<LanguageCode> languages) {
		this.programme.as(() -> {
			Person found = this.people.get(person);
			Profile p = found.profile();
			return this.people.change(person, found.version(),
					new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(),
							p.address(), p.contactChannel(), languages, p.devices(), p.topics(), p.availability(),
							p.venues(), p.homeVisits(), p.accessibilityNeeds(), p.programmes(), p.school(),
							p.schoolClass(), p.capacity(), p.preferredMentorGender(), p.notes()));
		});
	}

}
