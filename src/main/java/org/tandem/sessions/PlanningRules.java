package org.tandem.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.sessions.SessionRepository.Busy;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.Room;
import org.tandem.venues.RoomId;
import org.tandem.venues.Venue;
import org.tandem.venues.Venues;

/**
 * The rules every planned meeting keeps, checked before anything is written and in this
 * order, so that the refusal names the first rule broken: each meeting lies in the future
 * and within the programme's term; a venue session's room is one of the programme's
 * venues' rooms and holds everyone taking part, and the meeting lies within the venue's
 * opening hours; and no mentor, senior or room is already taken at an overlapping time by
 * another planned meeting. Clashes are looked for meeting by meeting in time order and,
 * within one meeting, mentors first, then seniors, then the room, so that the first clash
 * named is the earliest one.
 * <p>
 * Before it looks for clashes, a check locks every mentor, senior and room it concerns
 * until the transaction ends ({@link PlanningLocks}): a plan, a move or a sign-up that
 * touches any of them at the same moment waits, then sees what this one wrote. The
 * caller's transaction must therefore also write what was checked.
 */
@Component
class PlanningRules {

	private final SessionRepository sessions;

	private final People people;

	private final Venues venues;

	private final PlanningLocks locks;

	private final Clock clock;

	PlanningRules(SessionRepository sessions, People people, Venues venues, PlanningLocks locks, Clock clock) {
		this.sessions = sessions;
		this.people = people;
		this.venues = venues;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * Checks meetings against every rule.
	 * @param programme the programme they belong to
	 * @param slots the meetings, in time order
	 * @param location where they take place
	 * @param taking how many people take part (the room must hold them)
	 * @param mentors the mentors who take part
	 * @param seniors the seniors who take part
	 * @param ignoring occurrences being moved, which cannot clash with their new times
	 * @throws SessionRefused naming the first rule broken
	 */
	void check(Programme programme, List<Slot> slots, Location location, int taking, Collection<PersonId> mentors,
			Collection<PersonId> seniors, Set<OccurrenceId> ignoring) {
		if (slots.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		for (Slot slot : slots) {
			if (slot.start().isBefore(now)) {
				throw new SessionRefused("day", "InThePast", slot.time());
			}
			if (!programme.term().contains(slot.localStart().toLocalDate())
					|| !programme.term().contains(slot.localEnd().toLocalDate())) {
				throw new SessionRefused("day", "OutsideTerm", slot.time(), programme.term().start(),
						programme.term().end());
			}
		}
		Room room = null;
		Venue venue = null;
		if (location.place() == Place.VENUE) {
			venue = this.venues.find(location.venue()).orElseThrow(() -> new SessionRefused("venueId", "UnknownVenue"));
			if (!venue.belongsTo(programme.id())) {
				throw new SessionRefused("venueId", "VenueNotInProgramme", venue.name());
			}
			room = venue.room(location.room()).orElseThrow(() -> new SessionRefused("roomId", "UnknownRoom"));
			if (room.capacity() < taking) {
				throw new SessionRefused("roomId", "RoomTooSmall", roomName(venue, room), room.capacity(), taking);
			}
			for (Slot slot : slots) {
				if (!withinOpeningHours(venue.openingHours(), slot)) {
					throw new SessionRefused("start", "OutsideOpeningHours", venue.name(), slot.time());
				}
			}
		}
		refuseClashes(slots, mentors, seniors, (room != null) ? new RoomAt(venue, room) : null, ignoring);
	}

	/**
	 * Checks only that people are free: for a senior taking a place in a workshop that
	 * was planned before. Locks them first, like {@link #check}.
	 */
	void refuseClashes(List<Slot> slots, Collection<PersonId> mentors, Collection<PersonId> seniors,
			Set<OccurrenceId> ignoring) {
		refuseClashes(slots, mentors, seniors, null, ignoring);
	}

	/**
	 * Locks people until the transaction ends, before {@link #firstFree} is asked about
	 * them: all of them at once, so that the locks are taken in one order.
	 */
	void lock(Collection<PersonId> people) {
		this.locks.lock(people, null);
	}

	/**
	 * The first of these people who has no other planned meeting at any of the times,
	 * asked of all of them in one question. The caller has locked them ({@link #lock}) if
	 * the answer leads to a write.
	 */
	Optional<PersonId> firstFree(List<PersonId> people, List<Slot> slots, Set<OccurrenceId> ignoring) {
		if (people.isEmpty() || slots.isEmpty()) {
			return people.stream().findFirst();
		}
		List<Busy> busy = busy(slots, people, null, ignoring);
		return people.stream()
			.filter((person) -> slots.stream().allMatch((slot) -> takenBy(busy, slot, person, null) == null))
			.findFirst();
	}

	static boolean withinOpeningHours(WeeklyTimes openingHours, Slot slot) {
		LocalDate day = slot.localStart().toLocalDate();
		if (!slot.localEnd().toLocalDate().equals(day)) {
			return false;
		}
		LocalTime start = slot.localStart().toLocalTime();
		LocalTime end = slot.localEnd().toLocalTime();
		for (TimeWindow window : openingHours.windows()) {
			if (window.day() == day.getDayOfWeek() && !start.isBefore(window.start()) && !end.isAfter(window.end())) {
				return true;
			}
		}
		return false;
	}

	static String roomName(Venue venue, Room room) {
		return room.name() + ", " + venue.name();
	}

	private void refuseClashes(List<Slot> slots, Collection<PersonId> mentors, Collection<PersonId> seniors,
			@Nullable RoomAt room, Set<OccurrenceId> ignoring) {
		if (slots.isEmpty()) {
			return;
		}
		List<PersonId> people = new ArrayList<>(new LinkedHashSet<>(mentors));
		people.addAll(seniors);
		this.locks.lock(people, (room != null) ? room.room().id() : null);
		List<Busy> busy = busy(slots, people, (room != null) ? room.room().id() : null, ignoring);
		if (busy.isEmpty()) {
			return;
		}
		Map<PersonId, String> names = new HashMap<>();
		for (Slot slot : slots) {
			for (PersonId mentor : mentors) {
				Busy taken = takenBy(busy, slot, mentor, null);
				if (taken != null) {
					throw SessionRefused.mentorBusy(name(names, mentor), taken.title(), time(taken, slot.zone()));
				}
			}
			for (PersonId senior : seniors) {
				Busy taken = takenBy(busy, slot, senior, null);
				if (taken != null) {
					throw SessionRefused.seniorBusy(name(names, senior), taken.title(), time(taken, slot.zone()));
				}
			}
			if (room != null) {
				Busy taken = takenBy(busy, slot, null, room.room().id());
				if (taken != null) {
					throw SessionRefused.roomBusy(roomName(room.venue(), room.room()), taken.title(),
							time(taken, slot.zone()));
				}
			}
		}
	}

	private List<Busy> busy(List<Slot> slots, Collection<PersonId> people, @Nullable RoomId room,
			Set<OccurrenceId> ignoring) {
		Instant from = slots.stream().map(Slot::start).min(Instant::compareTo).orElseThrow();
		Instant to = slots.stream().map(Slot::end).max(Instant::compareTo).orElseThrow();
		return this.sessions.busy(people, (room != null) ? List.of(room) : List.of(), from, to)
			.stream()
			.filter((b) -> !ignoring.contains(b.occurrence()))
			.toList();
	}

	private static @Nullable Busy takenBy(List<Busy> busy, Slot slot, @Nullable PersonId person,
			@Nullable RoomId room) {
		for (Busy b : busy) {
			boolean concerns = (person != null) ? person.equals(b.person())
					: (b.person() == null && room != null && room.equals(b.room()));
			if (concerns && b.overlaps(slot.start(), slot.end())) {
				return b;
			}
		}
		return null;
	}

	private String name(Map<PersonId, String> names, PersonId person) {
		return names.computeIfAbsent(person, (id) -> this.people.get(id).fullName());
	}

	private static SessionTime time(Busy busy, ZoneId zone) {
		return new SessionTime(busy.start().atZone(zone), busy.end().atZone(zone));
	}

	private record RoomAt(Venue venue, Room room) {
	}

}
