package org.tandem.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.notifications.Channel;
import org.tandem.people.ContactChannel;
import org.tandem.people.ContactDetails;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.sessions.DayList.Entry;
import org.tandem.sessions.DayList.MovedTo;
import org.tandem.sessions.DayList.Senior;
import org.tandem.sessions.DayList.Status;
import org.tandem.sessions.DayList.Told;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.venues.Room;
import org.tandem.venues.RoomId;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The venue staff's daily list ({@link DayList}): "a senior with no phone or e-mail is
 * reached through the venue staff's daily list". Built from what is at the venue that day
 * and what was planned there by its original time, with the booked people read in bulk
 * and each senior's way of being reached decided by the same rule the messages follow
 * ({@link Reach}), so that the list and the messages never disagree about who is told
 * how.
 * <p>
 * Admins and coordinators see any venue of their organisation; venue staff only the
 * venues their account is linked to, as for logging a session: another venue is refused
 * (403) whether it exists or not, so the refusal tells nothing about other organisations.
 */
@Service
public class DayLists {

	private final SessionRepository sessions;

	private final Sessions planning;

	private final Venues venues;

	private final People people;

	private final Tenancy tenancy;

	DayLists(SessionRepository sessions, Sessions planning, Venues venues, People people, Tenancy tenancy) {
		this.sessions = sessions;
		this.planning = planning;
		this.venues = venues;
		this.people = people;
		this.tenancy = tenancy;
	}

	/**
	 * The list for a venue and a day.
	 * @param date the day as {@code 2026-11-23}; today in the organisation's time zone if
	 * left out
	 * @throws AccessDeniedException if the signed-in user is venue staff of other venues
	 * only
	 * @throws org.tandem.venues.VenueNotFound if the organisation has no such venue
	 * @throws SessionRefused {@code DayInvalid} on {@code date} if it is not a day
	 */
	@Transactional(readOnly = true)
	public DayList at(VenueId venueId, @Nullable String date) {
		requireMaySee(venueId);
		Venue venue = this.venues.get(venueId);
		LocalDate day = day(date);
		ZoneId zone = this.planning.timeZone();
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		List<Occurrence> found = this.sessions.atVenue(venueId, from, to);
		Map<SessionId, List<Participant>> participants = this.sessions
			.participants(found.stream().map(Occurrence::session).distinct().toList());
		Map<PersonId, ContactDetails> contacts = this.people.contacts(participants.values()
			.stream()
			.flatMap(List::stream)
			.filter((p) -> p.status() == ParticipantStatus.BOOKED)
			.map(Participant::person)
			.distinct()
			.toList());
		// The rooms meetings moved away were planned in, read together.
		Map<SessionId, Location> planned = this.sessions.plannedLocations(found.stream()
			.filter((occurrence) -> !here(occurrence, venueId, from, to))
			.map(Occurrence::session)
			.distinct()
			.toList());
		Map<VenueId, Optional<Venue>> otherVenues = new HashMap<>();
		otherVenues.put(venueId, Optional.of(venue));
		List<Entry> entries = new ArrayList<>();
		for (Occurrence occurrence : found) {
			entries.add(entry(occurrence, venue, from, to, participants.getOrDefault(occurrence.session(), List.of()),
					contacts, planned, otherVenues));
		}
		entries.sort(Comparator.comparing(Entry::start)
			.thenComparing((entry) -> entry.occurrence().title())
			.thenComparing((entry) -> entry.occurrence().id().value()));
		return new DayList(venue, day, zone, entries);
	}

	/**
	 * The day asked for, or today in the organisation's time zone.
	 * @throws SessionRefused {@code DayInvalid} on {@code date} if it is not a day
	 */
	public LocalDate day(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return this.planning.today();
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new SessionRefused("date", "DayInvalid");
		}
	}

	private Entry entry(Occurrence occurrence, Venue venue, Instant from, Instant to, List<Participant> participants,
			Map<PersonId, ContactDetails> contacts, Map<SessionId, Location> planned,
			Map<VenueId, Optional<Venue>> otherVenues) {
		Location location = occurrence.location();
		boolean here = here(occurrence, venue.id(), from, to);
		Status status = (occurrence.status() == OccurrenceStatus.CANCELLED) ? Status.CANCELLED
				: here ? Status.TAKES_PLACE : Status.MOVED_AWAY;
		Instant start = here ? occurrence.start() : occurrence.originalStart();
		Instant end = start.plus(Duration.between(occurrence.start(), occurrence.end()));
		Location plannedAt = planned.get(occurrence.session());
		String room = roomName(venue, here ? location.room() : (plannedAt != null) ? plannedAt.room() : null);
		MovedTo movedTo = null;
		if (status == Status.MOVED_AWAY) {
			Venue there = (location.venue() != null)
					? otherVenues.computeIfAbsent(location.venue(), (id) -> this.venues.find(id)).orElse(null) : null;
			movedTo = new MovedTo(occurrence.start(), occurrence.end(), location.place(),
					(there != null) ? there.name() : null, (there != null) ? roomName(there, location.room()) : null);
		}
		List<String> mentors = new ArrayList<>();
		List<Senior> seniors = new ArrayList<>();
		for (Participant participant : participants) {
			if (participant.status() != ParticipantStatus.BOOKED) {
				continue;
			}
			ContactDetails contact = contacts.get(participant.person());
			if (participant.role() == ParticipantRole.MENTOR) {
				mentors.add((contact != null) ? contact.firstName() : "?");
			}
			else {
				seniors.add(senior(participant.person(), contact));
			}
		}
		return new Entry(occurrence, status, start, end, room,
				(here && occurrence.moved()) ? occurrence.originalStart() : null, movedTo, mentors, seniors);
	}

	/** A senior as the staff need them: reached as {@link Reach} decides. */
	static Senior senior(PersonId id, @Nullable ContactDetails contact) {
		if (contact == null) {
			return new Senior(id, "?", null, null, Told.IN_PERSON);
		}
		Told told = Reach.of(contact, Locale.ENGLISH)
			.map((reach) -> (reach.channel() == Channel.SMS) ? Told.SMS : Told.EMAIL)
			.orElse(Told.IN_PERSON);
		return new Senior(id, contact.fullName(), contact.channel(),
				(contact.channel() == ContactChannel.PHONE) ? contact.phone() : null, told);
	}

	/** Whether the occurrence now takes place at the venue that day. */
	private static boolean here(Occurrence occurrence, VenueId venue, Instant from, Instant to) {
		return venue.equals(occurrence.location().venue()) && !occurrence.start().isBefore(from)
				&& occurrence.start().isBefore(to);
	}

	private static @Nullable String roomName(Venue venue, @Nullable RoomId room) {
		return (room != null) ? venue.room(room).map(Room::name).orElse(null) : null;
	}

	private void requireMaySee(VenueId venue) {
		Optional<CurrentUser> user = this.tenancy.signedInUser();
		if (user.isEmpty() || user.get().hasRole(Role.ADMIN) || user.get().hasRole(Role.COORDINATOR)) {
			return;
		}
		if (user.get().hasRole(Role.VENUE_STAFF) && user.get().venueIds().contains(venue.value())) {
			return;
		}
		throw new AccessDeniedException("Only the venue's staff, a coordinator or an admin see its day list");
	}

}
