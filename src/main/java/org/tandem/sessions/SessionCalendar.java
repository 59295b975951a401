package org.tandem.sessions;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.calendar.CalendarEntries;
import org.tandem.calendar.CalendarEvent;
import org.tandem.calendar.CalendarPlace;
import org.tandem.calendar.CalendarSeries;
import org.tandem.calendar.CalendarStatus;
import org.tandem.calendar.CalendarWindow;
import org.tandem.calendar.ChangedOccurrence;
import org.tandem.calendar.WeeklyRecurrence;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.ContactDetails;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.venues.Room;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * A person's sessions as their calendar feed shows them: each session they have (or had)
 * a place in, whole, as a single event or a weekly series with its skipped dates as
 * exceptions and its moved, relocated or called-off occurrences as changed occurrences. A
 * session whose every occurrence was called off, or whose place the person gave up, stays
 * in the feed as cancelled, so that calendars take it out. Times are in the
 * organisation's zone; every occurrence's sequence number is its own, and the series' is
 * the sum of them, so that it rises whenever any occurrence changes.
 * <p>
 * Reads a handful of statements per feed, however many sessions and occurrences: the
 * sessions, their occurrences and participants, when the occurrences changed, the
 * people's first names, and each venue once.
 */
@Component
class SessionCalendar implements CalendarEntries {

	private final SessionRepository sessions;

	private final People people;

	private final Venues venues;

	private final Organisations organisations;

	private final MessageSource messages;

	SessionCalendar(SessionRepository sessions, People people, Venues venues, Organisations organisations,
			MessageSource messages) {
		this.sessions = sessions;
		this.people = people;
		this.venues = venues;
		this.organisations = organisations;
		this.messages = messages;
	}

	@Override
	public List<CalendarSeries> of(PersonId person, CalendarWindow window) {
		List<Session> taking = this.sessions.takingPart(person, window.from(), window.until());
		if (taking.isEmpty()) {
			return List.of();
		}
		Map<OccurrenceId, Instant> changed = this.sessions.lastChanged(taking.stream().map(Session::id).toList());
		Set<PersonId> everyone = new LinkedHashSet<>();
		taking.forEach((session) -> everyone.addAll(session.booked()));
		Map<PersonId, ContactDetails> contacts = this.people.contacts(everyone);
		Reading reading = new Reading(this.organisations.current(), changed, contacts);
		return taking.stream().map((session) -> reading.series(session, person)).toList();
	}

	static String uid(SessionId session) {
		return session + "-session@tandem";
	}

	/** One feed's reading: what it read once, and the venues as it comes to them. */
	private final class Reading {

		private final Organisation organisation;

		private final ZoneId zone;

		private final Map<OccurrenceId, Instant> changed;

		private final Map<PersonId, ContactDetails> contacts;

		private final Map<VenueId, Venue> venues = new HashMap<>();

		Reading(Organisation organisation, Map<OccurrenceId, Instant> changed, Map<PersonId, ContactDetails> contacts) {
			this.organisation = organisation;
			this.zone = organisation.timeZone();
			this.changed = changed;
			this.contacts = contacts;
		}

		CalendarSeries series(Session session, PersonId person) {
			boolean gaveUp = session.participants()
				.stream()
				.anyMatch((p) -> p.person().equals(person) && p.status() == ParticipantStatus.CANCELLED);
			List<Occurrence> held = session.occurrences()
				.stream()
				.filter((occurrence) -> occurrence.status() != OccurrenceStatus.SKIPPED)
				.toList();
			boolean off = gaveUp || held.stream().allMatch((o) -> o.status() == OccurrenceStatus.CANCELLED);
			List<String> names = session.booked()
				.stream()
				.map(this.contacts::get)
				.filter((contact) -> contact != null)
				.map(ContactDetails::firstName)
				.toList();
			int raised = gaveUp ? 1 : 0;
			if (!session.schedule().isSeries()) {
				Occurrence only = session.occurrences().get(0);
				CalendarEvent event = event(session, only, names);
				return CalendarSeries.single(uid(session.id()),
						(off ? event.cancelled() : event).revised(only.sequence() + raised, lastChanged(only)));
			}
			Schedule schedule = session.schedule();
			ZonedDateTime firstStart = Schedule.at(schedule.firstDay(), schedule.start(), session.timeZone())
				.withZoneSameInstant(this.zone);
			ZonedDateTime firstEnd = Schedule.at(schedule.firstDay(), schedule.end(), session.timeZone())
				.withZoneSameInstant(this.zone);
			int sequence = session.occurrences().stream().mapToInt(Occurrence::sequence).sum() + raised;
			Instant modified = session.occurrences()
				.stream()
				.map(this::lastChanged)
				.max(Instant::compareTo)
				.orElseThrow();
			CalendarEvent first = new CalendarEvent(session.title(), null, firstStart, firstEnd,
					place(session.location()), link(session.location()), names,
					off ? CalendarStatus.CANCELLED : CalendarStatus.CONFIRMED, sequence, modified);
			Set<LocalDate> skipped = new TreeSet<>();
			List<ChangedOccurrence> changes = new ArrayList<>();
			for (Occurrence occurrence : session.occurrences()) {
				LocalDate date = occurrence.originalStart().atZone(this.zone).toLocalDate();
				if (occurrence.status() == OccurrenceStatus.SKIPPED) {
					skipped.add(date);
				}
				else if (!off && occurrence.sequence() > 0) {
					changes.add(new ChangedOccurrence(date, event(session, occurrence, names)));
				}
			}
			return CalendarSeries.weekly(uid(session.id()), first,
					WeeklyRecurrence.times(schedule.everyWeeks(), session.occurrences().size()), skipped, changes);
		}

		private CalendarEvent event(Session session, Occurrence occurrence, List<String> names) {
			CalendarEvent event = new CalendarEvent(session.title(), null, occurrence.start().atZone(this.zone),
					occurrence.end().atZone(this.zone), place(occurrence.location()), link(occurrence.location()),
					names, CalendarStatus.CONFIRMED, occurrence.sequence(), lastChanged(occurrence));
			return (occurrence.status() == OccurrenceStatus.CANCELLED) ? event.cancelled() : event;
		}

		private Instant lastChanged(Occurrence occurrence) {
			Instant changed = this.changed.get(occurrence.id());
			return (changed != null) ? changed : occurrence.originalStart();
		}

		private @Nullable CalendarPlace place(Location location) {
			return switch (location.place()) {
				case VENUE -> {
					Venue venue = this.venues.computeIfAbsent(location.venue(), SessionCalendar.this.venues::get);
					String room = (location.room() != null) ? venue.room(location.room()).map(Room::name).orElse(null)
							: null;
					yield new CalendarPlace(venue.name(), Announcements.streetAddress(venue), room);
				}
				case HOME -> new CalendarPlace(SessionCalendar.this.messages.getMessage("sessions.place.HOME", null,
						this.organisation.defaultLocale()), null, null);
				case ONLINE -> null;
			};
		}

		private static @Nullable URI link(Location location) {
			return (location.meetingLink() != null) ? URI.create(location.meetingLink()) : null;
		}

	}

}
