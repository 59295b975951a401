package org.tandem.sessions.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.matching.Pair;
import org.tandem.matching.PairId;
import org.tandem.matching.PairStatus;
import org.tandem.matching.Pairs;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.Location;
import org.tandem.sessions.Move;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OccurrencePage;
import org.tandem.sessions.OccurrenceQuery;
import org.tandem.sessions.OneToOnePlan;
import org.tandem.sessions.Place;
import org.tandem.sessions.ProposedTime;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.Scope;
import org.tandem.sessions.Session;
import org.tandem.sessions.SessionId;
import org.tandem.sessions.SessionKind;
import org.tandem.sessions.Sessions;
import org.tandem.sessions.TimeProposals;
import org.tandem.sessions.web.OccurrenceItems.Item;
import org.tandem.system.RuleViolated;
import org.tandem.venues.RoomId;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The sessions pages: a programme's week at a glance, day by day, with its approved pairs
 * to plan for; planning a pair's session from the proposed times or a time of one's own,
 * single or weekly; and a session's page, where an occurrence or the rest of the series
 * is moved or cancelled. A refusal is shown at the top of the form with the clash named.
 */
@Controller
class SessionsController {

	/**
	 * The most meetings one page of a week shows; a busier week (a national programme's)
	 * is paged, and the page says so.
	 */
	static final int WEEK_PAGE = 500;

	private final Sessions sessions;

	private final TimeProposals proposals;

	private final Pairs pairs;

	private final People people;

	private final Programmes programmes;

	private final Venues venues;

	private final OccurrenceItems items;

	private final MessageSource messages;

	SessionsController(Sessions sessions, TimeProposals proposals, Pairs pairs, People people, Programmes programmes,
			Venues venues, OccurrenceItems items, MessageSource messages) {
		this.sessions = sessions;
		this.proposals = proposals;
		this.pairs = pairs;
		this.people = people;
		this.programmes = programmes;
		this.venues = venues;
		this.items = items;
		this.messages = messages;
	}

	@GetMapping("/programmes/{programmeId}/sessions")
	@PreAuthorize(Access.READ)
	String week(@PathVariable UUID programmeId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Programme programme = this.programmes.get(new ProgrammeId(programmeId));
		ZoneId zone = this.sessions.timeZone();
		LocalDate monday = ((week != null) ? week : this.sessions.today())
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		OccurrencePage listed = this.sessions
			.occurrences(new OccurrenceQuery(programme.id(), null, null, monday.atStartOfDay(zone).toInstant(),
					monday.plusWeeks(1).atStartOfDay(zone).toInstant(), true, page, WEEK_PAGE));
		List<Occurrence> occurrences = listed.items();
		Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			byDay.put(monday.plusDays(i), new ArrayList<>());
		}
		Map<VenueId, Venue> venueCache = new LinkedHashMap<>();
		Map<OccurrenceId, Integer> logged = this.items.logRevisions(occurrences);
		for (Occurrence occurrence : occurrences) {
			ZonedDateTime start = occurrence.start().atZone(zone);
			byDay.get(start.toLocalDate()).add(this.items.item(occurrence, zone, venueCache, locale, logged));
		}
		DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		List<Day> days = new ArrayList<>();
		byDay.forEach((day, items) -> days
			.add(new Day(day, OccurrenceItems.capitalised(dayLabel.format(day), locale), items)));
		model.addAttribute("programme", programme);
		model.addAttribute("monday", monday);
		model.addAttribute("weekLabel",
				this.messages.getMessage("sessions.week.label",
						new Object[] { DateTimeFormatter.ofPattern("d MMMM", locale).format(monday),
								DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(monday.plusDays(6)) },
						locale));
		model.addAttribute("days", days);
		model.addAttribute("listed", listed);
		model.addAttribute("pageBase", "/programmes/" + programme.id() + "/sessions?week=" + monday);
		model.addAttribute("count",
				this.sessions
					.occurrences(new OccurrenceQuery(programme.id(), null, null, monday.atStartOfDay(zone).toInstant(),
							monday.plusWeeks(1).atStartOfDay(zone).toInstant(), false, 0, 1))
					.totalItems());
		List<Pair> approved = this.pairs.of(programme.id())
			.stream()
			.filter((pair) -> pair.status() == PairStatus.APPROVED)
			.toList();
		Map<PersonId, String> names = this.people
			.names(approved.stream().flatMap((pair) -> Stream.of(pair.senior(), pair.mentor())).toList());
		model.addAttribute("pairs",
				approved.stream().map((pair) -> new PairView(pair.id().value(), pairName(pair, names))).toList());
		return "sessions/week";
	}

	@GetMapping("/pairs/{pairId}/sessions/new")
	@PreAuthorize(Access.WRITE)
	String planForm(@PathVariable UUID pairId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			Model model, Locale locale) {
		return planPage(new PairId(pairId), from, PlanForm.empty(), null, model, locale);
	}

	@PostMapping("/pairs/{pairId}/sessions")
	@PreAuthorize(Access.WRITE)
	String plan(@PathVariable UUID pairId, PlanForm form, Model model, Locale locale, RedirectAttributes redirect) {
		PairId pair = new PairId(pairId);
		try {
			Session session = this.sessions
				.plan(new OneToOnePlan(pair, form.title(), form.location(), form.schedule()));
			redirect.addFlashAttribute("justPlanned", true);
			return "redirect:/sessions/" + session.id();
		}
		catch (RuleViolated refused) {
			return planPage(pair, null, form, text(refused, locale), model, locale);
		}
	}

	@GetMapping("/sessions/{sessionId}")
	@PreAuthorize(Access.READ)
	String session(@PathVariable UUID sessionId, Model model, Locale locale) {
		Session session = this.sessions.get(new SessionId(sessionId));
		if (session.kind() == SessionKind.WORKSHOP) {
			return "redirect:/workshops/" + sessionId;
		}
		ZoneId zone = session.timeZone();
		Map<VenueId, Venue> venueCache = new LinkedHashMap<>();
		model.addAttribute("planned", session);
		model.addAttribute("programme", this.programmes.get(session.programme()));
		Map<OccurrenceId, Integer> logged = this.items.logRevisions(session.occurrences());
		model.addAttribute("occurrences",
				session.occurrences()
					.stream()
					.map((o) -> this.items.item(o, zone, venueCache, locale, logged))
					.toList());
		Map<PersonId, String> names = this.people
			.names(Stream.concat(session.mentors().stream(), session.seniors().stream()).toList());
		model.addAttribute("mentors", session.mentors().stream().map((id) -> names.getOrDefault(id, "")).toList());
		model.addAttribute("seniors", session.seniors().stream().map((id) -> names.getOrDefault(id, "")).toList());
		return "sessions/session";
	}

	@PostMapping("/sessions/{sessionId}/occurrences/{occurrenceId}/cancel")
	@PreAuthorize(Access.WRITE)
	String cancel(@PathVariable UUID sessionId, @PathVariable UUID occurrenceId,
			@RequestParam(required = false) @Nullable String reason, @RequestParam(defaultValue = "THIS") Scope scope,
			Locale locale, RedirectAttributes redirect) {
		Occurrence occurrence = this.sessions.occurrence(new SessionId(sessionId), new OccurrenceId(occurrenceId));
		try {
			this.sessions.cancel(occurrence.id(), reason, scope);
			redirect.addFlashAttribute("changed", "sessions.cancelled");
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refusal", text(refused, locale));
		}
		return "redirect:" + OccurrenceItems.page(occurrence);
	}

	@PostMapping("/sessions/{sessionId}/occurrences/{occurrenceId}/reschedule")
	@PreAuthorize(Access.WRITE)
	String reschedule(@PathVariable UUID sessionId, @PathVariable UUID occurrenceId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
			@RequestParam(defaultValue = "THIS") Scope scope, Locale locale, RedirectAttributes redirect) {
		Occurrence occurrence = this.sessions.occurrence(new SessionId(sessionId), new OccurrenceId(occurrenceId));
		try {
			this.sessions.reschedule(occurrence.id(), new Move(day, start, end, null), scope);
			redirect.addFlashAttribute("changed", "sessions.moved");
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refusal", text(refused, locale));
		}
		return "redirect:" + OccurrenceItems.page(occurrence);
	}

	private String planPage(PairId pairId, @Nullable LocalDate from, PlanForm form, @Nullable String refusal,
			Model model, Locale locale) {
		Pair pair = this.pairs.get(pairId);
		Programme programme = this.programmes.get(pair.programme());
		ZoneId zone = this.sessions.timeZone();
		LocalDate first = (from != null) ? from : this.sessions.today();
		List<Choice> choices = new ArrayList<>();
		String proposalsRefused = null;
		try {
			DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
			for (ProposedTime time : this.proposals.next(pairId, first, 6, Place.VENUE)) {
				choices.add(new Choice(Choice.value(time), OccurrenceItems.capitalised(day.format(time.day()), locale)
						+ " " + time.start() + "–" + time.end() + ", " + time.roomName() + ", " + time.venueName()));
			}
		}
		catch (RuleViolated refused) {
			proposalsRefused = text(refused, locale);
		}
		model.addAttribute("pair", new PairView(pair.id().value(),
				pairName(pair, this.people.names(List.of(pair.senior(), pair.mentor())))));
		model.addAttribute("programme", programme);
		model.addAttribute("choices", choices);
		model.addAttribute("rooms", RoomChoice.of(this.venues.inProgramme(programme.id())));
		model.addAttribute("form", form);
		model.addAttribute("refusal", (refusal != null) ? refusal : proposalsRefused);
		model.addAttribute("minutes", programme.sessionMinutes());
		return "sessions/plan";
	}

	private static String pairName(Pair pair, Map<PersonId, String> names) {
		return names.getOrDefault(pair.senior(), "") + " – " + names.getOrDefault(pair.mentor(), "");
	}

	private String text(RuleViolated refused, Locale locale) {
		return this.messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}

	/** A day of the week view. */
	record Day(LocalDate date, String label, List<Item> items) {
	}

	record PairView(UUID id, String name) {
	}

	/** A proposed time to pick: its value carries the day, times, venue and room. */
	record Choice(String value, String label) {

		static String value(ProposedTime time) {
			return time.day() + "|" + time.start() + "|" + time.end() + "|" + time.venue() + "/" + time.room();
		}

	}

	/**
	 * The planning form: a proposed time ({@code choice}) or {@code other} with a day,
	 * times and a room of one's own; weekly with a number of meetings, or single.
	 */
	record PlanForm(@Nullable String title, @Nullable String choice, @Nullable LocalDate day, @Nullable LocalTime start,
			@Nullable LocalTime end, @Nullable String room, @Nullable Boolean weekly, @Nullable Integer count) {

		static PlanForm empty() {
			return new PlanForm(null, null, null, null, null, null, null, 4);
		}

		Location location() {
			String place = (this.choice != null && !this.choice.equals("other")) ? this.choice.split("\\|")[3]
					: this.room;
			if (place == null || !place.contains("/")) {
				return new Location(Place.VENUE, null, null, null);
			}
			String[] ids = place.split("/");
			return Location.room(new VenueId(UUID.fromString(ids[0])), new RoomId(UUID.fromString(ids[1])));
		}

		Schedule schedule() {
			LocalDate chosenDay = this.day;
			LocalTime chosenStart = this.start;
			LocalTime chosenEnd = this.end;
			if (this.choice != null && !this.choice.equals("other")) {
				String[] parts = this.choice.split("\\|");
				chosenDay = LocalDate.parse(parts[0]);
				chosenStart = LocalTime.parse(parts[1]);
				chosenEnd = LocalTime.parse(parts[2]);
			}
			if (chosenDay == null) {
				throw new PlanFormIncomplete("day");
			}
			if (chosenStart == null) {
				throw new PlanFormIncomplete("start");
			}
			if (chosenEnd == null) {
				throw new PlanFormIncomplete("end");
			}
			return Boolean.TRUE.equals(this.weekly) ? Schedule.weekly(chosenDay, chosenStart, chosenEnd, 1, null,
					(this.count != null) ? this.count : 4, Set.of())
					: Schedule.single(chosenDay, chosenStart, chosenEnd);
		}

	}

	/** The planning form misses a day or a time. */
	static final class PlanFormIncomplete extends RuleViolated {

		private static final long serialVersionUID = 1L;

		PlanFormIncomplete(String field) {
			super(field, "Required", "sessions.form.required." + field);
		}

	}

}
