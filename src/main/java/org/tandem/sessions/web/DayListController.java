package org.tandem.sessions.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.sessions.DayList;
import org.tandem.sessions.DayList.Entry;
import org.tandem.sessions.DayList.MovedTo;
import org.tandem.sessions.DayList.Senior;
import org.tandem.sessions.DayList.Status;
import org.tandem.sessions.DayLists;
import org.tandem.sessions.SessionRefused;
import org.tandem.sessions.Sessions;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The venue staff's daily list as a page to read and print: every meeting at the venue
 * that day, and those moved away or called off, with the seniors staff must tell in
 * person. A day that is not a day is named next to the day field (400), never a 500.
 */
@Controller
class DayListController {

	private final DayLists dayLists;

	private final Sessions sessions;

	private final Venues venues;

	private final MessageSource messages;

	private final Clock clock;

	DayListController(DayLists dayLists, Sessions sessions, Venues venues, MessageSource messages, Clock clock) {
		this.dayLists = dayLists;
		this.sessions = sessions;
		this.venues = venues;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/venues/{venueId}/day")
	@PreAuthorize(Access.READ)
	String day(@PathVariable UUID venueId, @RequestParam(required = false) @Nullable String date, Model model,
			Locale locale, HttpServletResponse response) {
		ZoneId zone = this.sessions.timeZone();
		model.addAttribute("madeAt", dateTime(this.clock.instant(), zone, locale));
		try {
			DayList list = this.dayLists.at(new VenueId(venueId), date);
			model.addAttribute("venue", list.venue());
			model.addAttribute("date", list.day());
			model.addAttribute("dayLabel", dayLabel(list.day(), locale));
			model.addAttribute("entries", entries(list, locale));
		}
		catch (SessionRefused refused) {
			Venue venue = this.venues.get(new VenueId(venueId));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("venue", venue);
			model.addAttribute("date", date);
			model.addAttribute("dateError",
					this.messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			model.addAttribute("entries", List.of());
		}
		return "sessions/day";
	}

	private List<Item> entries(DayList list, Locale locale) {
		List<Item> items = new ArrayList<>();
		for (Entry entry : list.entries()) {
			ZonedDateTime start = entry.start().atZone(list.zone());
			ZonedDateTime end = entry.end().atZone(list.zone());
			List<SeniorRow> seniors = entry.seniors()
				.stream()
				.map((senior) -> new SeniorRow(senior.name(), todo(entry.status(), senior, locale),
						senior.tellInPerson(), (senior.phone() != null) ? senior.phone().display() : null))
				.toList();
			items.add(new Item(entry.occurrence().id().value(), entry.status().name(),
					time(start.toLocalTime().toString(), end.toLocalTime().toString()), entry.occurrence().title(),
					entry.room(), statusText(entry, list, locale), String.join(", ", entry.mentors()), seniors));
		}
		return items;
	}

	private @Nullable String statusText(Entry entry, DayList list, Locale locale) {
		ZoneId zone = list.zone();
		return switch (entry.status()) {
			case CANCELLED -> (entry.occurrence().reason() != null)
					? text("sessions.day.cancelledBecause", locale, entry.occurrence().reason())
					: text("sessions.day.cancelled", locale);
			case MOVED_AWAY -> text("sessions.day.movedTo", locale, movedTo(entry.movedTo(), list, locale));
			case TAKES_PLACE -> (entry.movedFrom() != null)
					? text("sessions.day.movedFrom", locale, dateTime(entry.movedFrom(), zone, locale)) : null;
		};
	}

	private String movedTo(@Nullable MovedTo movedTo, DayList list, Locale locale) {
		if (movedTo == null) {
			return "";
		}
		ZonedDateTime start = movedTo.start().atZone(list.zone());
		ZonedDateTime end = movedTo.end().atZone(list.zone());
		String when = dayLabel(start.toLocalDate(), locale) + " "
				+ time(start.toLocalTime().toString(), end.toLocalTime().toString());
		String where = switch (movedTo.place()) {
			case HOME -> text("sessions.day.place.HOME", locale);
			case ONLINE -> text("sessions.day.place.ONLINE", locale);
			case VENUE -> {
				if (list.venue().name().equals(movedTo.venue())) {
					yield (movedTo.room() != null) ? movedTo.room() : "";
				}
				yield String.join(", ", Stream.of(movedTo.room(), movedTo.venue()).filter(Objects::nonNull).toList());
			}
		};
		return where.isEmpty() ? when : when + ", " + where;
	}

	private String todo(Status status, Senior senior, Locale locale) {
		return senior.tellInPerson() ? text("sessions.day.tell." + status.name(), locale)
				: text("sessions.day.told." + senior.told().name(), locale);
	}

	private String dayLabel(LocalDate day, Locale locale) {
		String text = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
		return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	private String dateTime(Instant instant, ZoneId zone, Locale locale) {
		ZonedDateTime at = instant.atZone(zone);
		return dayLabel(at.toLocalDate(), locale) + " " + at.toLocalTime().withSecond(0).withNano(0);
	}

	private static String time(String start, String end) {
		return start + "–" + end;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * A meeting as the page shows it.
	 *
	 * @param id the occurrence
	 * @param status {@code TAKES_PLACE}, {@code MOVED_AWAY} or {@code CANCELLED}
	 * @param time its local start and end at the venue
	 * @param title the session's title
	 * @param room the room's name
	 * @param statusText what became of it, in words; {@code null} if it takes place as
	 * planned
	 * @param mentors the mentors' first names
	 * @param seniors the seniors, with what staff do for each
	 */
	record Item(UUID id, String status, String time, String title, @Nullable String room, @Nullable String statusText,
			String mentors, List<SeniorRow> seniors) {

		public boolean takesPlace() {
			return this.status.equals(Status.TAKES_PLACE.name());
		}

	}

	/**
	 * A senior on the page.
	 *
	 * @param name their full name
	 * @param todo what staff do, in words
	 * @param tellInPerson whether staff must tell them
	 * @param phone their number, only for those who chose a phone call
	 */
	record SeniorRow(String name, String todo, boolean tellInPerson, @Nullable String phone) {
	}

}
