package org.tandem.logbook;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.TopicId;
import org.tandem.people.PersonId;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.Participant;
import org.tandem.sessions.ParticipantRole;
import org.tandem.sessions.ParticipantStatus;
import org.tandem.sessions.Sessions;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.venues.VenueId;

/**
 * Logs sessions and corrects their logs, checking each report against the session: it has
 * started and was not called off, every booked mentor and senior is accounted for, steps
 * and feedback belong to seniors who came, and the numbers are in range. A log is written
 * whole or not at all; a correction adds a revision and keeps the earlier ones.
 * <p>
 * Coordinators and admins log on a mentor's behalf (a paper sign-in sheet typed in
 * later), and so do venue staff for sessions at their venues; a mentor logs only sessions
 * they are booked for as a mentor.
 */
@Service
public class Logbook {

	private static final Logger log = LoggerFactory.getLogger(Logbook.class);

	/** Most steps one log may report: ten seniors at a workshop, ten steps each. */
	public static final int MAX_STEPS = 100;

	/** Longest a correction's reason may be. */
	public static final int MAX_REASON = 500;

	/** Most follow-ups one page shows. */
	static final int MAX_PAGE_SIZE = 100;

	private final LogbookRepository logs;

	private final Sessions sessions;

	private final Curriculum curriculum;

	private final Tenancy tenancy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Logbook(LogbookRepository logs, Sessions sessions, Curriculum curriculum, Tenancy tenancy,
			ApplicationEventPublisher events, Clock clock) {
		this.logs = logs;
		this.sessions = sessions;
		this.curriculum = curriculum;
		this.tenancy = tenancy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Logs a session for the first time ({@code expectedRevision} 0) or corrects its log
	 * (the revision the user saw).
	 * @param reason why a correction is made, if said (up to 500 characters); ignored for
	 * a first log
	 * @return the log with the new revision
	 * @throws org.tandem.sessions.SessionNotFound if the organisation has no such
	 * occurrence
	 * @throws LogRefused if the report breaks a rule; nothing is written
	 * @throws LogChanged if someone logged or corrected it since
	 * {@code expectedRevision}; nothing is written
	 * @throws AccessDeniedException if a mentor is not this session's mentor
	 */
	@Transactional
	public SessionLog record(OccurrenceId id, int expectedRevision, SessionReport report, @Nullable String reason) {
		Occurrence occurrence = this.sessions.occurrence(id);
		List<Participant> booked = booked(occurrence);
		boolean onBehalf = requireMayLog(occurrence, booked);
		check(occurrence, booked, report);
		String why = (expectedRevision == 0 || reason == null || reason.isBlank()) ? null : reason.strip();
		if (why != null && why.length() > MAX_REASON) {
			throw new LogRefused("reason", "ReasonTooLong", MAX_REASON);
		}
		Map<StepId, Step> steps = this.curriculum.steps(report.steps().stream().map(StepReached::step).toList());
		Set<TopicId> topics = new LinkedHashSet<>(report.topics());
		for (StepReached step : report.steps()) {
			Step known = steps.get(step.step());
			if (known == null) {
				throw new LogRefused("steps", "UnknownStep");
			}
			topics.add(known.topicId());
		}
		SessionReport stored = new SessionReport(report.attendance(), report.minutes(), topics, report.steps(),
				report.feedback(), report.note(), report.attested(), report.scamSeen());
		Instant now = this.clock.instant();
		int revision = expectedRevision + 1;
		LogRevision written = new LogRevision(revision, stored, userId(), onBehalf, why, now);
		Map<PersonId, ParticipantRole> roles = new HashMap<>();
		booked.forEach((participant) -> roles.put(participant.person(), participant.role()));
		if (expectedRevision == 0) {
			try {
				this.logs.insert(occurrence, written, roles);
			}
			catch (DuplicateKeyException ex) {
				throw new LogChanged(id);
			}
		}
		else if (!this.logs.revise(occurrence, expectedRevision, written, roles)) {
			throw new LogChanged(id);
		}
		log.info("Session {} logged, revision {}{}", id, revision, stored.needsFollowUp() ? ", to follow up" : "");
		this.events.publishEvent(new SessionLogged(this.tenancy.current(), id, revision, stored.needsFollowUp()));
		// A first log is what was just written; a correction comes back with its history.
		return (expectedRevision == 0) ? new SessionLog(id, occurrence.session(), occurrence.programme(),
				occurrence.start(), stored.needsFollowUp(), null, List.of(written)) : log(id);
	}

	/**
	 * The session's log with every revision.
	 * @throws LogNotFound if it has not been logged, or is not the organisation's
	 */
	@Transactional(readOnly = true)
	public SessionLog log(OccurrenceId id) {
		return find(id).orElseThrow(() -> new LogNotFound(id));
	}

	/** The session's log with every revision, if it has been logged. */
	@Transactional(readOnly = true)
	public Optional<SessionLog> find(OccurrenceId id) {
		return this.logs.find(id);
	}

	/**
	 * The log's follow-up is done: a coordinator talked to the mentor or the senior about
	 * the scam seen or the missing attestation.
	 * @return false if it was not open
	 * @throws LogNotFound if the session has not been logged
	 */
	@Transactional
	public boolean closeFollowUp(OccurrenceId id) {
		if (this.logs.closeFollowUp(id, userId(), this.clock.instant())) {
			return true;
		}
		// Not open: only then is it worth telling an unlogged session from a closed one.
		if (this.logs.revisions(List.of(id)).isEmpty()) {
			throw new LogNotFound(id);
		}
		return false;
	}

	/**
	 * Checks that the signed-in user may log (and read the log of) this session, before a
	 * form is shown.
	 * @return whether they would log it on someone's behalf; false for the session's own
	 * mentor
	 * @throws org.tandem.sessions.SessionNotFound if the organisation has no such
	 * occurrence
	 * @throws AccessDeniedException if a mentor is not this session's mentor
	 */
	@Transactional(readOnly = true)
	public boolean requireMayLog(OccurrenceId id) {
		Occurrence occurrence = this.sessions.occurrence(id);
		return requireMayLog(occurrence, booked(occurrence));
	}

	/**
	 * The organisation's open follow-ups (a scam seen, or no attestation), the latest
	 * session first, one page of at most 100.
	 */
	@Transactional(readOnly = true)
	public FollowUpPage openFollowUps(int page, int size) {
		int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int safePage = Math.max(0, page);
		long total = this.logs.countOpenFollowUps();
		long offset = (long) safePage * safeSize;
		List<FollowUp> items = (offset >= total) ? List.of() : this.logs.openFollowUps(offset, safeSize);
		return new FollowUpPage(items, safePage, safeSize, total);
	}

	/** How many logs of the organisation a coordinator still has to follow up. */
	@Transactional(readOnly = true)
	public long countOpenFollowUps() {
		return this.logs.countOpenFollowUps();
	}

	private List<Participant> booked(Occurrence occurrence) {
		return this.sessions.participants(occurrence.session())
			.stream()
			.filter((participant) -> participant.status() == ParticipantStatus.BOOKED)
			.toList();
	}

	private void check(Occurrence occurrence, List<Participant> booked, SessionReport report) {
		if (!occurrence.isPlanned()) {
			throw new LogRefused("occurrenceId", "NotHeld");
		}
		if (occurrence.start().isAfter(this.clock.instant())) {
			throw new LogRefused("occurrenceId", "NotStarted");
		}
		Set<PersonId> people = new HashSet<>();
		Set<PersonId> seniorsPresent = new HashSet<>();
		for (Participant participant : booked) {
			people.add(participant.person());
			Attendance attendance = report.attendance().get(participant.person());
			if (attendance == null) {
				throw new LogRefused("attendance", "AttendanceMissing");
			}
			if (participant.role() == ParticipantRole.SENIOR && attendance.attended()) {
				seniorsPresent.add(participant.person());
			}
		}
		if (!people.containsAll(report.attendance().keySet())) {
			throw new LogRefused("attendance", "NotBooked");
		}
		if (report.minutes() < 0 || report.minutes() > SessionReport.MAX_MINUTES) {
			throw new LogRefused("minutes", "MinutesOutOfRange", SessionReport.MAX_MINUTES);
		}
		if (!seniorsPresent.isEmpty() && report.minutes() == 0) {
			throw new LogRefused("minutes", "MinutesRequired");
		}
		if (report.steps().size() > MAX_STEPS) {
			throw new LogRefused("steps", "TooManySteps", MAX_STEPS);
		}
		Set<String> seen = new HashSet<>();
		for (StepReached step : report.steps()) {
			if (!seniorsPresent.contains(step.senior())) {
				throw new LogRefused("steps", "StepForAbsentSenior");
			}
			if (!seen.add(step.senior() + "/" + step.step())) {
				throw new LogRefused("steps", "StepTwice");
			}
		}
		if (!this.curriculum.existing(report.topics()).containsAll(report.topics())) {
			throw new LogRefused("topics", "UnknownTopic");
		}
		for (Map.Entry<PersonId, Integer> feedback : report.feedback().entrySet()) {
			if (!seniorsPresent.contains(feedback.getKey())) {
				throw new LogRefused("feedback", "FeedbackFromAbsentSenior");
			}
			if (feedback.getValue() < 1 || feedback.getValue() > 5) {
				throw new LogRefused("feedback", "FeedbackOutOfRange");
			}
		}
		if (report.note() != null && report.note().length() > SessionReport.MAX_NOTE) {
			throw new LogRefused("note", "NoteTooLong", SessionReport.MAX_NOTE);
		}
	}

	/**
	 * Whether the signed-in user logs on someone's behalf; refuses a mentor who is not
	 * booked as this session's mentor, and venue staff for a session away from their
	 * venues. Work done with no one signed in (imports, tests) counts as on someone's
	 * behalf.
	 */
	private boolean requireMayLog(Occurrence occurrence, List<Participant> booked) {
		Optional<CurrentUser> user = this.tenancy.signedInUser();
		if (user.isEmpty() || user.get().hasRole(Role.ADMIN) || user.get().hasRole(Role.COORDINATOR)) {
			return true;
		}
		VenueId venue = occurrence.location().venue();
		if (user.get().hasRole(Role.VENUE_STAFF) && venue != null && user.get().venueIds().contains(venue.value())) {
			return true;
		}
		// An admin links a mentor's account to their person; an unlinked one logs
		// nothing.
		if (user.get().hasRole(Role.MENTOR) && booked.stream()
			.anyMatch((participant) -> participant.role() == ParticipantRole.MENTOR
					&& user.get().isPerson(participant.person().value()))) {
			return false;
		}
		throw new AccessDeniedException("Only the session's mentor, a coordinator or the venue's staff log a session");
	}

	private @Nullable UUID userId() {
		return this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
	}

}
