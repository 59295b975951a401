package org.tandem.logbook;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.curriculum.TopicId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * What the logs say now (corrections applied) about a person or a programme, for the
 * modules that read progress, hours and attendance from them. Every question is answered
 * from the rows of the current revisions, read by an index that starts with the person or
 * the programme.
 */
@Service
public class LogHistory {

	private final LogHistoryRepository history;

	LogHistory(LogHistoryRepository history) {
		this.history = history;
	}

	/** The topics of the sessions a senior came to. */
	@Transactional(readOnly = true)
	public Set<TopicId> topicsOf(PersonId senior) {
		return this.history.topicsOf(senior);
	}

	/**
	 * Every level a senior reached, oldest session first; within a session, by step.
	 */
	@Transactional(readOnly = true)
	public List<StepEntry> stepsOf(PersonId senior) {
		return this.history.stepsOf(senior);
	}

	/**
	 * The sessions a mentor came to as their mentor: how many, their minutes, the seniors
	 * who came, and the topics worked on. A session the mentor missed counts for nothing.
	 */
	@Transactional(readOnly = true)
	public MentoredSessions mentored(PersonId mentor) {
		return this.history.mentored(mentor);
	}

	/**
	 * The seniors who came to a session of the programme that started at or after since.
	 */
	@Transactional(readOnly = true)
	public Set<PersonId> seniorsPresentSince(ProgrammeId programme, Instant since) {
		return this.history.seniorsPresentSince(programme, since);
	}

	/**
	 * The last session of the programme each of these seniors came to, with its mentor;
	 * seniors who never came are left out.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, LastAttended> lastAttended(ProgrammeId programme, Collection<PersonId> seniors) {
		return this.history.lastAttended(programme, seniors);
	}

	/**
	 * For each senior and mentor who were booked together at a logged session of the
	 * programme, the senior's attendance at the last {@code sessions} of those sessions,
	 * the latest first.
	 */
	@Transactional(readOnly = true)
	public List<SharedSessions> sharedSessions(ProgrammeId programme, int sessions) {
		return this.history.sharedSessions(programme, sessions);
	}

}
