package org.tandem.sessions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.sessions.Location;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.Participant;
import org.tandem.sessions.PersonalOccurrence;
import org.tandem.sessions.PersonalSchedule;
import org.tandem.sessions.Sessions;
import org.tandem.system.CurrentUser;
import org.tandem.venues.Room;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The signed-in mentor's or senior's own sessions, for their page and the API: whom the
 * account stands for comes from the sign-in ({@link CurrentUser#personId()}), never from
 * the request, so nobody can ask for someone else's. The other people are shown by first
 * name only; places by room and venue name or the online meeting's address.
 */
@Component
class MySchedule {

	/** How far back and ahead the page looks, in days. */
	static final int DAYS = 14;

	private final Sessions sessions;

	private final People people;

	private final Venues venues;

	private final MessageSource messages;

	MySchedule(Sessions sessions, People people, Venues venues, MessageSource messages) {
		this.sessions = sessions;
		this.people = people;
		this.venues = venues;
		this.messages = messages;
	}

	/** The person the signed-in account stands for, if an admin linked one. */
	static @Nullable PersonId personOf(CurrentUser user) {
		return user.personId().map(PersonId::new).orElse(null);
	}

	/** The days from {@code first} up to and including {@code last}. */
	PersonalSchedule of(PersonId person, LocalDate first, LocalDate last) {
		ZoneId zone = this.sessions.timeZone();
		return this.sessions.scheduleOf(person, first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** The last {@value #DAYS} days and the next {@value #DAYS}. */
	PersonalSchedule around(PersonId person) {
		LocalDate today = this.sessions.today();
		return of(person, today.minusDays(DAYS), today.plusDays(DAYS));
	}

	/** The occurrences as the page shows them, in the user's language. */
	List<Item> items(List<PersonalOccurrence> occurrences, Instant now, Locale locale) {
		ZoneId zone = this.sessions.timeZone();
		Map<PersonId, String> firstNames = firstNamesOfOthers(occurrences);
		Map<VenueId, @Nullable Venue> venueCache = new HashMap<>();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		List<Item> items = new ArrayList<>();
		for (PersonalOccurrence personal : occurrences) {
			Occurrence occurrence = personal.occurrence();
			ZonedDateTime start = occurrence.start().atZone(zone);
			ZonedDateTime end = occurrence.end().atZone(zone);
			List<String> others = personal.others()
				.stream()
				.map((p) -> text("sessions.mine.person." + p.role().name(), locale,
						firstNames.getOrDefault(p.person(), "?")))
				.toList();
			items.add(new Item(occurrence.id().value(), OccurrenceItems.capitalised(day.format(start), locale),
					start.toLocalTime() + "–" + end.toLocalTime(), occurrence.title(),
					where(occurrence.location(), venueCache, locale), occurrence.location().meetingLink(), others,
					occurrence.isPlanned(), personal.toBeLoggedBy(now)));
		}
		return items;
	}

	/** The first names of the others booked with the person, read at once. */
	Map<PersonId, String> firstNamesOfOthers(List<PersonalOccurrence> occurrences) {
		return this.people.firstNames(
				occurrences.stream().flatMap((o) -> o.others().stream()).map(Participant::person).distinct().toList());
	}

	/**
	 * The venue of a meeting at one, if the organisation still has it.
	 * @param venueCache the venues read so far for this answer
	 */
	@Nullable Venue venue(Location location, Map<VenueId, @Nullable Venue> venueCache) {
		VenueId id = location.venue();
		return (id == null) ? null : venueCache.computeIfAbsent(id, (venue) -> this.venues.find(venue).orElse(null));
	}

	/** The venue's room and name, at home, or online. */
	private String where(Location location, Map<VenueId, @Nullable Venue> venueCache, Locale locale) {
		return switch (location.place()) {
			case HOME -> text("sessions.place.HOME", locale);
			case ONLINE -> text("sessions.place.ONLINE", locale);
			case VENUE -> {
				Venue venue = venue(location, venueCache);
				yield (venue == null) ? ""
						: venue.room(location.room()).map(Room::name).map((room) -> room + ", ").orElse("")
								+ venue.name();
			}
		};
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * An occurrence as the page shows it.
	 *
	 * @param id the occurrence, for the link to log it
	 * @param day its day in words
	 * @param time its start and end, local
	 * @param title the session's title
	 * @param where the room and venue, or at home or online in words
	 * @param meetingLink the online meeting's address, if online
	 * @param others the others booked for it, by first name with what they do
	 * @param planned whether it takes place (not cancelled)
	 * @param toBeLogged whether the page offers to log it
	 */
	record Item(UUID id, String day, String time, String title, String where, @Nullable String meetingLink,
			List<String> others, boolean planned, boolean toBeLogged) {
	}

}
