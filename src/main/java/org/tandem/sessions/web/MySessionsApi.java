package org.tandem.sessions.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.PersonId;
import org.tandem.sessions.Location;
import org.tandem.sessions.PersonalOccurrence;
import org.tandem.sessions.PersonalSchedule;
import org.tandem.sessions.Sessions;
import org.tandem.sessions.web.SessionJson.OccurrenceResource;
import org.tandem.system.CurrentUser;
import org.tandem.system.NotFound;
import org.tandem.venues.Room;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;

/**
 * The signed-in mentor's or senior's own sessions: those they are booked for that start
 * from {@code from} (14 days ago if left out) up to and including {@code to} (14 days
 * ahead if left out), at most {@value Sessions#MAX_SCHEDULE_DAYS} days, cancelled ones
 * included. Whose they are comes from the account's link, never from the request; an
 * account not linked to its person answers 404 saying so.
 */
@RestController
class MySessionsApi {

	private final MySchedule schedule;

	private final Sessions sessions;

	MySessionsApi(MySchedule schedule, Sessions sessions) {
		this.schedule = schedule;
		this.sessions = sessions;
	}

	@GetMapping("/api/v1/me/sessions")
	@PreAuthorize("hasAnyRole('MENTOR', 'SENIOR')")
	Mine mine(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		PersonId person = MySchedule.personOf(user);
		if (person == null) {
			throw new NoPersonLinked(user);
		}
		LocalDate today = this.sessions.today();
		LocalDate first = (from != null) ? from : today.minusDays(MySchedule.DAYS);
		LocalDate last = (to != null) ? to : today.plusDays(MySchedule.DAYS);
		PersonalSchedule mine = this.schedule.of(person, first, last);
		ZoneId zone = this.sessions.timeZone();
		Map<PersonId, String> firstNames = this.schedule.firstNamesOfOthers(mine.occurrences());
		Map<VenueId, @Nullable Venue> venueCache = new HashMap<>();
		List<Item> items = mine.occurrences()
			.stream()
			.map((o) -> Item.of(o, mine, zone, firstNames, this.schedule.venue(o.occurrence().location(), venueCache)))
			.toList();
		return new Mine(person.value(), first, last, zone.getId(), items, mine.cut());
	}

	/**
	 * A person's own sessions.
	 *
	 * @param personId the mentor or senior the account stands for
	 * @param from the first day
	 * @param to the last day
	 * @param timeZone the organisation's time zone, which the days and local times are in
	 * @param items the occurrences, in time order
	 * @param cut whether there were more than the most read at once and the latest were
	 * left out
	 */
	record Mine(UUID personId, LocalDate from, LocalDate to, String timeZone, List<Item> items, boolean cut) {
	}

	/**
	 * One occurrence as its mentor or senior sees it.
	 *
	 * @param occurrence when and where, and its status
	 * @param role what the person does in it
	 * @param venueName the venue's name, for a session at a venue
	 * @param roomName the room's name, for a session at a venue
	 * @param others the others booked for it, by first name
	 * @param logPath where the mentor logs it, once it has ended as planned
	 */
	record Item(OccurrenceResource occurrence, String role, @Nullable String venueName, @Nullable String roomName,
			List<Other> others, @Nullable String logPath) {

		static Item of(PersonalOccurrence personal, PersonalSchedule mine, ZoneId zone,
				Map<PersonId, String> firstNames, @Nullable Venue venue) {
			Location location = personal.occurrence().location();
			String room = (venue != null && location.room() != null)
					? venue.room(location.room()).map(Room::name).orElse(null) : null;
			return new Item(OccurrenceResource.of(personal.occurrence(), zone), personal.role().name(),
					(venue != null) ? venue.name() : null, room,
					personal.others()
						.stream()
						.map((p) -> new Other(firstNames.getOrDefault(p.person(), ""), p.role().name()))
						.toList(),
					personal.toBeLoggedBy(mine.now()) ? "/sessions/occurrences/" + personal.occurrence().id() + "/log"
							: null);
		}

	}

	/** Someone else booked for the occurrence, by first name only. */
	record Other(String firstName, String role) {
	}

	/** The signed-in account stands for no mentor or senior yet. */
	static final class NoPersonLinked extends NotFound {

		private static final long serialVersionUID = 1L;

		NoPersonLinked(CurrentUser user) {
			super("sessions.mine.notLinked", user.userId());
		}

	}

}
