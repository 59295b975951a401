package org.tandem.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.matching.Pair;
import org.tandem.matching.PairId;
import org.tandem.matching.PairStatus;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.Tenancy;

/**
 * Plans one-to-one sessions for approved pairs, single or weekly, and changes them: an
 * occurrence or the rest of a series moved or cancelled. Every meeting is checked by
 * {@link PlanningRules} before anything is written.
 * <p>
 * A series is all or nothing: if one of its meetings breaks a rule (a clash on one date,
 * say), the whole series is refused, naming the first meeting that does, and nothing is
 * written. The coordinator then skips that date (a skipped date is kept as such, so a
 * calendar leaves it out) or plans another time. Offering the series with the clashing
 * dates silently left out was judged worse: a senior would find a week missing without
 * anyone having decided so.
 * <p>
 * Times are planned in the organisation's time zone and kept as wall-clock times: a
 * weekly meeting at 14:00 stays at 14:00 local when summer time begins or ends. Every
 * change publishes an event with ids only ({@link SessionPlanned},
 * {@link SessionChanged}, {@link SessionCancelled}).
 */
@Service
public class Sessions {

	/** The longest stretch of a person's own schedule read at once, in days. */
	public static final int MAX_SCHEDULE_DAYS = 93;

	/** The most occurrences of a person's own schedule read at once. */
	public static final int MAX_SCHEDULE_ITEMS = 500;

	private static final int ONE_TO_ONE_PEOPLE = 2;

	private final SessionRepository sessions;

	private final PlanningRules rules;

	private final Pairs pairs;

	private final People people;

	private final Programmes programmes;

	private final Organisations organisations;

	private final Tenancy tenancy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sessions(SessionRepository sessions, PlanningRules rules, Pairs pairs, People people, Programmes programmes,
			Organisations organisations, Tenancy tenancy, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.rules = rules;
		this.pairs = pairs;
		this.people = people;
		this.programmes = programmes;
		this.organisations = organisations;
		this.tenancy = tenancy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Plans meetings of an approved pair.
	 * @throws org.tandem.matching.PairNotFound if the organisation has no such pair
	 * @throws SessionRefused if the pair is not approved, a home visit is not allowed for
	 * them, or a meeting breaks a rule of {@link PlanningRules}; nothing is written
	 */
	@Transactional
	public Session plan(OneToOnePlan plan) {
		Pair pair = this.pairs.get(plan.pair());
		if (pair.status() != PairStatus.APPROVED) {
			throw new SessionRefused("pairId", "PairNotApproved");
		}
		if (plan.location().place() == Place.HOME && !(this.people.homeVisitsPermitted(pair.senior())
				&& this.people.homeVisitsPermitted(pair.mentor()))) {
			throw new SessionRefused("place", "HomeVisitNotAllowed");
		}
		String title = (plan.title() != null) ? plan.title() : Titles.required(pairTitle(pair));
		return plan(pair.programme(), SessionKind.ONE_TO_ONE, pair.id(), title, null, plan.location(), plan.schedule(),
				List.of(pair.mentor()), List.of(pair.senior()), ONE_TO_ONE_PEOPLE);
	}

	/**
	 * A session with its participants and occurrences.
	 * @throws SessionNotFound if the organisation has no such session
	 */
	public Session get(SessionId id) {
		return this.sessions.find(id).orElseThrow(() -> new SessionNotFound(id));
	}

	/**
	 * One occurrence.
	 * @throws SessionNotFound if the organisation has no such occurrence
	 */
	public Occurrence occurrence(OccurrenceId id) {
		return this.sessions.findOccurrence(id).orElseThrow(() -> new SessionNotFound(id));
	}

	/**
	 * Several occurrences at once, for a list that names each one (a page of at most a
	 * few hundred): one query instead of one per row.
	 * @throws SessionNotFound naming the first id the organisation has no occurrence for
	 */
	public Map<OccurrenceId, Occurrence> occurrences(Collection<OccurrenceId> ids) {
		Map<OccurrenceId, Occurrence> found = new HashMap<>();
		this.sessions.findOccurrences(ids).forEach((occurrence) -> found.put(occurrence.id(), occurrence));
		for (OccurrenceId id : ids) {
			if (!found.containsKey(id)) {
				throw new SessionNotFound(id);
			}
		}
		return found;
	}

	/**
	 * One occurrence of a given session.
	 * @throws SessionNotFound if the organisation has no such occurrence of that session
	 */
	public Occurrence occurrence(SessionId session, OccurrenceId id) {
		Occurrence occurrence = occurrence(id);
		if (!occurrence.session().equals(session)) {
			throw new SessionNotFound(id);
		}
		return occurrence;
	}

	/**
	 * Who takes part in a session, booked, waiting or cancelled, in sign-up order; empty
	 * if the organisation has no such session.
	 */
	public List<Participant> participants(SessionId session) {
		return this.sessions.participants(session);
	}

	/** The occurrences the query asks for, one page in time order. */
	public OccurrencePage occurrences(OccurrenceQuery query) {
		return this.sessions.page(query);
	}

	/**
	 * A mentor's or senior's own schedule: the occurrences they are booked for that start
	 * from {@code from} up to {@code to}, cancelled ones included (so they see what was
	 * called off) and skipped dates left out, each with the others booked for it. Read
	 * from the person's bookings by index, never by going through the organisation's
	 * sessions, and bounded: at most {@value #MAX_SCHEDULE_DAYS} days and
	 * {@value #MAX_SCHEDULE_ITEMS} occurrences.
	 * @throws SessionRefused {@code RangeEndsAfterStart} or {@code RangeTooLong} on
	 * {@code to}
	 */
	public PersonalSchedule scheduleOf(PersonId person, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new SessionRefused("to", "RangeEndsAfterStart");
		}
		if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_SCHEDULE_DAYS + 1)) > 0) {
			throw new SessionRefused("to", "RangeTooLong", MAX_SCHEDULE_DAYS);
		}
		List<PersonalOccurrence> found = this.sessions.scheduleOf(person, from, to, MAX_SCHEDULE_ITEMS + 1);
		boolean cut = found.size() > MAX_SCHEDULE_ITEMS;
		return new PersonalSchedule(person, this.clock.instant(), cut ? found.subList(0, MAX_SCHEDULE_ITEMS) : found,
				cut);
	}

	/**
	 * "Astrid – Ali": first names only, since the title goes out in text messages,
	 * e-mails and calendar feeds that people sync to other services.
	 */
	private String pairTitle(Pair pair) {
		Map<PersonId, String> names = this.people.firstNames(List.of(pair.senior(), pair.mentor()));
		return names.getOrDefault(pair.senior(), "") + " – " + names.getOrDefault(pair.mentor(), "");
	}

	/** The organisation's time zone, which sessions are planned in. */
	public ZoneId timeZone() {
		return this.organisations.current().timeZone();
	}

	/** Today in the organisation's time zone, by the application's clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), timeZone());
	}

	/**
	 * Moves an occurrence, or it and every later planned occurrence of its series by the
	 * same number of days and to the same local times, checked by the same rules as a new
	 * plan. Each occurrence moved keeps its original start, has its sequence number
	 * bumped and is announced by a {@link SessionChanged} with its previous time. The
	 * series' own plan is left as it was first made: the occurrences say what holds.
	 * @return the occurrences moved, in order
	 * @throws SessionNotFound if the organisation has no such occurrence
	 * @throws SessionRefused if the occurrence is not planned, or the new time breaks a
	 * rule; nothing is written
	 * @throws OptimisticLockingFailureException if someone changed an occurrence
	 * meanwhile
	 */
	@Transactional
	public List<Occurrence> reschedule(OccurrenceId id, Move move, Scope scope) {
		Occurrence named = plannedOccurrence(id);
		Session session = this.sessions.lock(named.session()).orElseThrow(() -> new SessionNotFound(id));
		Programme programme = this.programmes.get(session.programme());
		ZoneId zone = session.timeZone();
		long shift = ChronoUnit.DAYS.between(named.start().atZone(zone).toLocalDate(), move.day());
		List<Occurrence> moving = touched(session, named, scope);
		Location location = (move.location() != null) ? move.location() : named.location();
		List<Slot> slots = new ArrayList<>();
		for (Occurrence occurrence : moving) {
			LocalDate day = occurrence.start().atZone(zone).toLocalDate().plusDays(shift);
			slots.add(new Slot(Schedule.at(day, move.start(), zone).toInstant(),
					Schedule.at(day, move.end(), zone).toInstant(), zone));
		}
		Set<OccurrenceId> ignoring = new HashSet<>();
		moving.forEach((occurrence) -> ignoring.add(occurrence.id()));
		this.rules.check(programme, slots, location, taking(session), session.mentors(), session.seniors(), ignoring);
		List<Occurrence> moved = new ArrayList<>();
		for (int i = 0; i < moving.size(); i++) {
			Occurrence before = moving.get(i);
			Slot slot = slots.get(i);
			Occurrence after = new Occurrence(before.id(), before.session(), before.programme(), before.kind(),
					before.title(), before.position(), before.originalStart(), slot.start(), slot.end(), location,
					OccurrenceStatus.PLANNED, null, before.sequence() + 1);
			write(after, before);
			moved.add(after);
			this.events.publishEvent(
					new SessionChanged(this.tenancy.current(), session.id(), after.id(), before.start(), before.end()));
		}
		return moved;
	}

	/**
	 * Calls off an occurrence, or it and every later planned occurrence of its series.
	 * Each is kept as cancelled with the reason, has its sequence number bumped and is
	 * announced by a {@link SessionCancelled}.
	 * @param reason why, if said (up to 500 characters)
	 * @return the occurrences cancelled, in order
	 * @throws SessionNotFound if the organisation has no such occurrence
	 * @throws SessionRefused if the occurrence is not planned
	 */
	@Transactional
	public List<Occurrence> cancel(OccurrenceId id, @Nullable String reason, Scope scope) {
		Occurrence named = plannedOccurrence(id);
		Session session = this.sessions.lock(named.session()).orElseThrow(() -> new SessionNotFound(id));
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why != null && why.length() > 500) {
			throw new SessionRefused("reason", "ReasonTooLong", 500);
		}
		List<Occurrence> cancelled = new ArrayList<>();
		for (Occurrence before : touched(session, named, scope)) {
			Occurrence after = new Occurrence(before.id(), before.session(), before.programme(), before.kind(),
					before.title(), before.position(), before.originalStart(), before.start(), before.end(),
					before.location(), OccurrenceStatus.CANCELLED, why, before.sequence() + 1);
			write(after, before);
			cancelled.add(after);
			this.events.publishEvent(new SessionCancelled(this.tenancy.current(), session.id(), after.id()));
		}
		return cancelled;
	}

	/**
	 * Checks and writes a new session with its occurrences and participants, and
	 * announces it.
	 */
	Session plan(ProgrammeId programmeId, SessionKind kind, @Nullable PairId pair, String title,
			@Nullable Integer capacity, Location location, Schedule schedule, List<PersonId> mentors,
			List<PersonId> seniors, int taking) {
		Programme programme = this.programmes.get(programmeId);
		ZoneId zone = timeZone();
		SessionId id = new SessionId(UUID.randomUUID());
		List<Occurrence> occurrences = new ArrayList<>();
		List<Slot> slots = new ArrayList<>();
		int position = 0;
		for (LocalDate day : schedule.days(programme.term().end())) {
			ZonedDateTime start = Schedule.at(day, schedule.start(), zone);
			ZonedDateTime end = Schedule.at(day, schedule.end(), zone);
			boolean skipped = schedule.skipped().contains(day);
			Slot slot = new Slot(start.toInstant(), end.toInstant(), zone);
			if (!skipped) {
				slots.add(slot);
			}
			occurrences.add(new Occurrence(new OccurrenceId(UUID.randomUUID()), id, programmeId, kind, title,
					position++, slot.start(), slot.start(), slot.end(), location,
					skipped ? OccurrenceStatus.SKIPPED : OccurrenceStatus.PLANNED, null, 0));
		}
		if (slots.isEmpty()) {
			throw new SessionRefused("skipped", "NothingLeftToPlan");
		}
		this.rules.check(programme, slots, location, taking, mentors, seniors, Set.of());
		Instant now = this.clock.instant();
		List<Participant> participants = new ArrayList<>();
		long order = 0;
		for (PersonId mentor : mentors) {
			participants.add(new Participant(mentor, ParticipantRole.MENTOR, ParticipantStatus.BOOKED, now, order++));
		}
		for (PersonId senior : seniors) {
			participants.add(new Participant(senior, ParticipantRole.SENIOR, ParticipantStatus.BOOKED, now, order++));
		}
		Session session = new Session(id, programmeId, kind, pair, title, capacity, location, schedule, zone,
				participants, occurrences);
		this.sessions.insert(session, userId(), now);
		this.events.publishEvent(new SessionPlanned(this.tenancy.current(), id));
		return session;
	}

	/** How many people a session's room must hold: its mentors and all its seats. */
	static int taking(Session session) {
		return (session.kind() == SessionKind.WORKSHOP)
				? session.mentors().size() + ((session.capacity() != null) ? session.capacity() : 0)
				: ONE_TO_ONE_PEOPLE;
	}

	private Occurrence plannedOccurrence(OccurrenceId id) {
		Occurrence occurrence = occurrence(id);
		if (!occurrence.isPlanned()) {
			throw new SessionRefused("occurrenceId", "NotPlanned");
		}
		return occurrence;
	}

	private static List<Occurrence> touched(Session session, Occurrence named, Scope scope) {
		if (scope == Scope.THIS) {
			return List.of(named);
		}
		return session.occurrences()
			.stream()
			.filter((occurrence) -> occurrence.position() >= named.position() && occurrence.isPlanned())
			.toList();
	}

	private void write(Occurrence after, Occurrence before) {
		if (!this.sessions.change(after, before.sequence(), this.clock.instant())) {
			throw new OptimisticLockingFailureException("Occurrence " + before.id() + " changed meanwhile");
		}
	}

	private @Nullable UUID userId() {
		return this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
	}

}
