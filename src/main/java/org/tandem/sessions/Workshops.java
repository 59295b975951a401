package org.tandem.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonStatus;
import org.tandem.system.Tenancy;

/**
 * Workshops: planned with a title, their mentors and a number of seats, then seniors sign
 * up. A senior gets a seat while there is one and otherwise joins an ordered waiting
 * list; when a booked senior cancels, the first senior on the list who is free at the
 * workshop's remaining times moves up (one who is not free keeps their place in line and
 * is passed over), announced by a {@link WorkshopPlaceGiven}. Sign-up is for the whole
 * workshop, every occurrence of a series. Sign-ups and cancellations of one workshop take
 * turns, so two seniors can never take the last seat together.
 */
@Service
public class Workshops {

	private final SessionRepository sessions;

	private final Sessions planning;

	private final PlanningRules rules;

	private final People people;

	private final Tenancy tenancy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Workshops(SessionRepository sessions, Sessions planning, PlanningRules rules, People people, Tenancy tenancy,
			ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.planning = planning;
		this.rules = rules;
		this.people = people;
		this.tenancy = tenancy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Plans a workshop: its mentors are booked, its seats are empty.
	 * @throws SessionRefused if a mentor is not an active mentor of the programme, or a
	 * meeting breaks a rule of {@link PlanningRules} (the room must hold the mentors and
	 * every seat); nothing is written
	 */
	@Transactional
	public Session plan(WorkshopPlan plan) {
		for (PersonId mentor : plan.mentors()) {
			takingPart(PersonKind.MENTOR, mentor, plan.programme(), "mentorIds");
		}
		return this.planning.plan(plan.programme(), SessionKind.WORKSHOP, null, plan.title(), plan.capacity(),
				plan.location(), plan.schedule(), plan.mentors(), List.of(), plan.mentors().size() + plan.capacity());
	}

	/**
	 * A workshop with its participants and occurrences.
	 * @throws SessionNotFound if the organisation has no such workshop (a one-to-one
	 * session is not one)
	 */
	public Session get(SessionId id) {
		Session session = this.planning.get(id);
		if (session.kind() != SessionKind.WORKSHOP) {
			throw new SessionNotFound(id);
		}
		return session;
	}

	/**
	 * Signs a senior up: a seat if there is one, else the end of the waiting list.
	 * @return the senior's place
	 * @throws SessionNotFound if the organisation has no such workshop
	 * @throws SessionRefused if the session is not a workshop, the senior is not an
	 * active senior of its programme, is signed up already, or (for a seat) has another
	 * session at one of its times
	 */
	@Transactional
	public Participant signUp(SessionId workshop, PersonId senior) {
		Session session = lockedWorkshop(workshop);
		takingPart(PersonKind.SENIOR, senior, session.programme(), "seniorId");
		Optional<Participant> earlier = participant(session, senior);
		if (earlier.isPresent() && earlier.get().status() != ParticipantStatus.CANCELLED) {
			throw new SessionRefused("seniorId", "AlreadySignedUp");
		}
		boolean seat = session.seniors().size() < session.capacity();
		if (seat) {
			this.rules.refuseClashes(remaining(session), List.of(), List.of(senior), Set.of());
		}
		long position = session.participants().stream().mapToLong(Participant::position).max().orElse(-1) + 1;
		Participant place = new Participant(senior, ParticipantRole.SENIOR,
				seat ? ParticipantStatus.BOOKED : ParticipantStatus.WAITING, this.clock.instant(), position);
		if (earlier.isPresent()) {
			this.sessions.signUpAgain(workshop, place);
		}
		else {
			this.sessions.insertParticipant(workshop, place);
		}
		if (seat) {
			this.events.publishEvent(new WorkshopPlaceGiven(this.tenancy.current(), workshop, senior, false));
		}
		return place;
	}

	/**
	 * A senior gives up their seat or their place in line. A seat given up goes to the
	 * first senior in line who is free at the workshop's remaining times.
	 * @return the senior who moved up, if any
	 * @throws SessionNotFound if the organisation has no such workshop
	 * @throws SessionRefused if the senior is not signed up
	 */
	@Transactional
	public Optional<PersonId> cancelSignUp(SessionId workshop, PersonId senior) {
		Session session = lockedWorkshop(workshop);
		Participant place = participant(session, senior)
			.filter((p) -> p.role() == ParticipantRole.SENIOR && p.status() != ParticipantStatus.CANCELLED)
			.orElseThrow(() -> new SessionRefused("seniorId", "NotSignedUp"));
		this.sessions.changeParticipant(workshop, senior, ParticipantStatus.CANCELLED, this.clock.instant());
		if (place.status() != ParticipantStatus.BOOKED) {
			return Optional.empty();
		}
		this.rules.lock(session.waitingList());
		Optional<PersonId> movingUp = this.rules.firstFree(session.waitingList(), remaining(session), Set.of());
		movingUp.ifPresent((waiting) -> {
			this.sessions.changeParticipant(workshop, waiting, ParticipantStatus.BOOKED, this.clock.instant());
			this.events.publishEvent(new WorkshopPlaceGiven(this.tenancy.current(), workshop, waiting, true));
		});
		return movingUp;
	}

	private Session lockedWorkshop(SessionId id) {
		Session session = this.sessions.lock(id).orElseThrow(() -> new SessionNotFound(id));
		if (session.kind() != SessionKind.WORKSHOP) {
			throw new SessionRefused("sessionId", "NotAWorkshop");
		}
		return session;
	}

	private void takingPart(PersonKind kind, PersonId id, org.tandem.programmes.ProgrammeId programme, String field) {
		Person person = this.people.get(kind, id);
		if (person.status() != PersonStatus.ACTIVE || !person.profile().programmes().contains(programme)) {
			throw new SessionRefused(field, "NotActiveInProgramme", person.fullName());
		}
	}

	private static Optional<Participant> participant(Session session, PersonId person) {
		return session.participants().stream().filter((p) -> p.person().equals(person)).findFirst();
	}

	/** The workshop's planned meetings still to come. */
	private List<Slot> remaining(Session session) {
		Instant now = this.clock.instant();
		return session.occurrences()
			.stream()
			.filter((occurrence) -> occurrence.isPlanned() && occurrence.end().isAfter(now))
			.map((occurrence) -> new Slot(occurrence.start(), occurrence.end(), session.timeZone()))
			.toList();
	}

}
