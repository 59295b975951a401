package org.tandem.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.LogHistory;
import org.tandem.organisations.Organisations;
import org.tandem.people.Learner;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.TopicWish;

/**
 * Seniors' learning passports, worked out from the logs whenever one is read: the
 * senior's name and wanted topics, their step rows and the topics of the sessions they
 * came to (by indexes that start with the senior), and the curriculum, which the
 * curriculum module holds in memory while it does not change.
 */
@Service
public class Passports {

	private final People people;

	private final Curriculum curriculum;

	private final LogHistory history;

	private final Organisations organisations;

	private final Clock clock;

	Passports(People people, Curriculum curriculum, LogHistory history, Organisations organisations, Clock clock) {
		this.people = people;
		this.curriculum = curriculum;
		this.history = history;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * A senior's passport as the logs say now.
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such senior
	 */
	@Transactional(readOnly = true)
	public Passport passport(PersonId id) {
		return passport(this.people.learner(id));
	}

	/** The passport of a senior already read. */
	@Transactional(readOnly = true)
	public Passport passport(Person senior) {
		return passport(new Learner(senior.id(), senior.fullName(),
				senior.profile().topics().stream().map(TopicWish::topic).toList()));
	}

	private Passport passport(Learner senior) {
		ZoneId zone = this.organisations.current().timeZone();
		return Passport.derive(senior.id(), senior.fullName(), LocalDate.ofInstant(this.clock.instant(), zone),
				this.curriculum.topics(), senior.topics(), this.history.topicsOf(senior.id()),
				this.history.stepsOf(senior.id()), zone);
	}

	/**
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such senior
	 */
	public Person senior(PersonId id) {
		return this.people.get(PersonKind.SENIOR, id);
	}

}
