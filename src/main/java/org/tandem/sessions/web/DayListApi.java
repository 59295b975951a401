package org.tandem.sessions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.sessions.DayList;
import org.tandem.sessions.DayLists;
import org.tandem.venues.VenueId;

/**
 * The venue staff's daily list through the API: every meeting at the venue on
 * {@code date} (today in the organisation's time zone if left out), and those moved away
 * or called off, in time order, each senior with how they hear of it. Local days and
 * times are the organisation's; instants are given too. Seniors' phone numbers only for
 * those who chose a phone call.
 */
@RestController
class DayListApi {

	private final DayLists dayLists;

	DayListApi(DayLists dayLists) {
		this.dayLists = dayLists;
	}

	@GetMapping("/api/v1/venues/{venueId}/day-list")
	@PreAuthorize(Access.READ)
	Day day(@PathVariable UUID venueId, @RequestParam(required = false) @Nullable String date) {
		return Day.of(this.dayLists.at(new VenueId(venueId), date));
	}

	/**
	 * A venue's day.
	 *
	 * @param venueId the venue
	 * @param venueName its name
	 * @param date the day
	 * @param timeZone the organisation's time zone, which the local times are in
	 * @param entries the meetings, in time order
	 */
	record Day(UUID venueId, String venueName, LocalDate date, String timeZone, List<Entry> entries) {

		static Day of(DayList list) {
			return new Day(list.venue().id().value(), list.venue().name(), list.day(), list.zone().getId(),
					list.entries().stream().map((entry) -> Entry.of(entry, list.zone())).toList());
		}

	}

	/**
	 * A meeting on the list.
	 *
	 * @param occurrenceId the occurrence
	 * @param sessionId its session
	 * @param kind {@code ONE_TO_ONE} or {@code WORKSHOP}
	 * @param title the session's title
	 * @param status {@code TAKES_PLACE}, {@code MOVED_AWAY} or {@code CANCELLED}
	 * @param start local start at the venue (for a meeting moved away, the start it was
	 * planned with)
	 * @param end local end at the venue
	 * @param startsAt the start as an instant
	 * @param room the room's name
	 * @param reason why it was called off, if said
	 * @param movedFrom where a meeting moved here was first planned to start
	 * @param movedTo where a meeting moved away takes place now
	 * @param mentors the mentors' first names
	 * @param seniors the seniors, in sign-up order
	 */
	record Entry(UUID occurrenceId, UUID sessionId, String kind, String title, String status, LocalTime start,
			LocalTime end, Instant startsAt, @Nullable String room, @Nullable String reason,
			@Nullable Instant movedFrom, @Nullable MovedTo movedTo, List<String> mentors, List<Senior> seniors) {

		static Entry of(DayList.Entry entry, ZoneId zone) {
			DayList.MovedTo moved = entry.movedTo();
			return new Entry(entry.occurrence().id().value(), entry.occurrence().session().value(),
					entry.occurrence().kind().name(), entry.occurrence().title(), entry.status().name(),
					entry.start().atZone(zone).toLocalTime(), entry.end().atZone(zone).toLocalTime(), entry.start(),
					entry.room(), entry.occurrence().reason(), entry.movedFrom(),
					(moved != null) ? MovedTo.of(moved, zone) : null, entry.mentors(),
					entry.seniors().stream().map(Senior::of).toList());
		}

	}

	/**
	 * Where a meeting moved away takes place now.
	 *
	 * @param date its local day
	 * @param start its local start
	 * @param end its local end
	 * @param place {@code VENUE}, {@code HOME} or {@code ONLINE}
	 * @param venueName the venue's name, if at a venue
	 * @param roomName the room's name, if at a venue
	 */
	record MovedTo(LocalDate date, LocalTime start, LocalTime end, String place, @Nullable String venueName,
			@Nullable String roomName) {

		static MovedTo of(DayList.MovedTo moved, ZoneId zone) {
			return new MovedTo(moved.start().atZone(zone).toLocalDate(), moved.start().atZone(zone).toLocalTime(),
					moved.end().atZone(zone).toLocalTime(), moved.place().name(), moved.venue(), moved.room());
		}

	}

	/**
	 * A senior on the list.
	 *
	 * @param personId the senior
	 * @param name their full name
	 * @param channel how they chose to be reached
	 * @param phone their number (E.164), only if they chose a phone call
	 * @param told {@code SMS} or {@code EMAIL} if a message reaches them,
	 * {@code IN_PERSON} if staff must tell them
	 * @param tellInPerson whether staff must tell them
	 */
	record Senior(UUID personId, String name, @Nullable String channel, @Nullable String phone, String told,
			boolean tellInPerson) {

		static Senior of(DayList.Senior senior) {
			return new Senior(senior.id().value(), senior.name(),
					(senior.channel() != null) ? senior.channel().name() : null,
					(senior.phone() != null) ? senior.phone().e164() : null, senior.told().name(),
					senior.tellInPerson());
		}

		@Override
		public String toString() {
			return "Senior[" + this.personId + "]";
		}

	}

}
