package org.tandem.sessions;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.PairId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * A planned session as other modules and the pages see it: the plan, who takes part, and
 * its occurrences in order.
 *
 * @param id the session
 * @param programme the programme it belongs to
 * @param kind one-to-one or workshop
 * @param pair the pair, for a one-to-one session
 * @param title what it is called
 * @param capacity how many seniors a workshop takes; {@code null} for one-to-one
 * @param location where it was planned to take place (an occurrence may have moved)
 * @param schedule when, in wall-clock terms
 * @param timeZone the zone the wall-clock times are in
 * @param participants mentors and seniors, booked, waiting or cancelled, in sign-up order
 * @param occurrences every date of the session, in order
 */
public record Session(SessionId id, ProgrammeId programme, SessionKind kind, @Nullable PairId pair, String title,
		@Nullable Integer capacity, Location location, Schedule schedule, ZoneId timeZone,
		List<Participant> participants, List<Occurrence> occurrences) {

	public Session {
		participants = List.copyOf(participants);
		occurrences = List.copyOf(occurrences);
	}

	/** The booked mentors, in sign-up order. */
	public List<PersonId> mentors() {
		return booked(ParticipantRole.MENTOR);
	}

	/** The booked seniors, in sign-up order. */
	public List<PersonId> seniors() {
		return booked(ParticipantRole.SENIOR);
	}

	/**
	 * Everyone booked, mentors and seniors, in sign-up order: whom news of it concerns.
	 */
	List<PersonId> booked() {
		return this.participants.stream()
			.filter((participant) -> participant.status() == ParticipantStatus.BOOKED)
			.map(Participant::person)
			.toList();
	}

	/** A workshop's waiting list, first in line first. */
	public List<PersonId> waitingList() {
		return this.participants.stream()
			.filter((participant) -> participant.status() == ParticipantStatus.WAITING)
			.map(Participant::person)
			.toList();
	}

	private List<PersonId> booked(ParticipantRole role) {
		return this.participants.stream()
			.filter((participant) -> participant.role() == role && participant.status() == ParticipantStatus.BOOKED)
			.map(Participant::person)
			.toList();
	}

}
