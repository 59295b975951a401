package org.tandem.sessions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.sessions.Location;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OccurrenceLogs;
import org.tandem.sessions.SessionKind;
import org.tandem.venues.Room;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * Occurrences as the sessions and workshop pages show them: the day and times in the
 * organisation's zone, where (a room and its venue, read once per page), and the address
 * of the session's own page.
 */
@Component
class OccurrenceItems {

	private final Venues venues;

	private final MessageSource messages;

	private final ObjectProvider<OccurrenceLogs> logs;

	private final Clock clock;

	OccurrenceItems(Venues venues, MessageSource messages, ObjectProvider<OccurrenceLogs> logs, Clock clock) {
		this.venues = venues;
		this.messages = messages;
		this.logs = logs;
		this.clock = clock;
	}

	/**
	 * The log revision of each past planned occurrence that has been logged, if a module
	 * keeps logs: one question for the page.
	 */
	Map<OccurrenceId, Integer> logRevisions(List<Occurrence> occurrences) {
		OccurrenceLogs logbook = this.logs.getIfAvailable();
		List<OccurrenceId> past = occurrences.stream().filter(this::loggable).map(Occurrence::id).toList();
		return (logbook == null || past.isEmpty()) ? Map.of() : logbook.revisions(past);
	}

	/** A meeting is logged once it has started, unless it was called off. */
	private boolean loggable(Occurrence occurrence) {
		return occurrence.isPlanned() && !occurrence.start().isAfter(this.clock.instant());
	}

	/**
	 * An occurrence with no word on its log.
	 * @param venueCache the venues read so far for this page
	 */
	Item item(Occurrence occurrence, ZoneId zone, Map<VenueId, Venue> venueCache, Locale locale) {
		return item(occurrence, zone, venueCache, locale, null);
	}

	/**
	 * An occurrence with a link to log it once it has taken place.
	 * @param venueCache the venues read so far for this page
	 * @param logged the revisions of the page's logged occurrences
	 * ({@link #logRevisions}), or null to say nothing of logs
	 */
	Item item(Occurrence occurrence, ZoneId zone, Map<VenueId, Venue> venueCache, Locale locale,
			@Nullable Map<OccurrenceId, Integer> logged) {
		ZonedDateTime start = occurrence.start().atZone(zone);
		ZonedDateTime end = occurrence.end().atZone(zone);
		Location location = occurrence.location();
		String where = switch (location.place()) {
			case HOME -> this.messages.getMessage("sessions.place.HOME", null, locale);
			case ONLINE -> this.messages.getMessage("sessions.place.ONLINE", null, locale);
			case VENUE -> {
				Venue venue = venueCache.computeIfAbsent(location.venue(), this.venues::get);
				yield venue.room(location.room()).map(Room::name).orElse("") + ", " + venue.name();
			}
		};
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		return new Item(occurrence.id().value(), occurrence.session().value(), page(occurrence), start.toLocalDate(),
				capitalised(day.format(start), locale), start.toLocalTime() + "–" + end.toLocalTime(),
				start.toLocalTime(), end.toLocalTime(), occurrence.title(), occurrence.kind().name(), where,
				occurrence.status().name(), occurrence.isPlanned(), occurrence.moved(), occurrence.reason(),
				logged != null && loggable(occurrence) && this.logs.getIfAvailable() != null,
				(logged != null) ? logged.get(occurrence.id()) : null);
	}

	/** The page of an occurrence's session: a workshop's own, or the session page. */
	static String page(Occurrence occurrence) {
		return ((occurrence.kind() == SessionKind.WORKSHOP) ? "/workshops/" : "/sessions/") + occurrence.session();
	}

	static String capitalised(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	/** An occurrence as the pages show it. */
	record Item(UUID id, UUID sessionId, String page, LocalDate day, String dayLabel, String time, LocalTime start,
			LocalTime end, String title, String kind, String where, String status, boolean planned, boolean moved,
			@Nullable String reason, boolean loggable, @Nullable Integer logRevision) {
	}

}
