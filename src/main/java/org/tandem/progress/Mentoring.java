package org.tandem.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.LogHistory;
import org.tandem.logbook.MentoredSessions;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.system.CurrentUser;
import org.tandem.system.Tenancy;

/**
 * A mentor's record: sessions, hours, seniors and topics derived from the logs, and the
 * training a coordinator records, whose hours are kept apart from the sessions'.
 */
@Service
public class Mentoring {

	private final People people;

	private final LogHistory history;

	private final Curriculum curriculum;

	private final TrainingRepository training;

	private final Organisations organisations;

	private final Tenancy tenancy;

	private final Clock clock;

	Mentoring(People people, LogHistory history, Curriculum curriculum, TrainingRepository training,
			Organisations organisations, Tenancy tenancy, Clock clock) {
		this.people = people;
		this.history = history;
		this.curriculum = curriculum;
		this.training = training;
		this.organisations = organisations;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/**
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such mentor
	 */
	@Transactional(readOnly = true)
	public MentorSummary summary(PersonId id) {
		Person mentor = mentor(id);
		MentoredSessions sessions = this.history.mentored(mentor.id());
		Set<TopicId> taught = sessions.topics();
		List<Topic> topics = taught.isEmpty() ? List.of()
				: this.curriculum.topics().stream().filter((topic) -> taught.contains(topic.id())).toList();
		return new MentorSummary(mentor.id(), mentor.fullName(), sessions.sessions(), sessions.minutes(),
				sessions.seniors(), topics.stream().map(Topic::name).toList(), this.training.totalHours(mentor.id()));
	}

	/**
	 * A mentor's training, the latest first.
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such mentor
	 */
	@Transactional(readOnly = true)
	public List<Training> training(PersonId id) {
		return this.training.of(mentor(id).id());
	}

	/**
	 * Records a mentor's training.
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such mentor
	 * @throws TrainingRefused if the day is after today
	 */
	@Transactional
	public Training recordTraining(PersonId id, TrainingDetails details) {
		Person mentor = mentor(id);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.organisations.current().timeZone());
		if (details.date().isAfter(today)) {
			throw new TrainingRefused("date", "InTheFuture");
		}
		Training recorded = new Training(UUID.randomUUID(), mentor.id(), details.date(), details.hours(),
				details.what(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.training.insert(recorded, this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null));
		return recorded;
	}

	/**
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such mentor
	 */
	public Person mentor(PersonId id) {
		return this.people.get(PersonKind.MENTOR, id);
	}

}
