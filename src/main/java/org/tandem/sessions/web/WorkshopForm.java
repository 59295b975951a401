package org.tandem.sessions.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.Location;
import org.tandem.sessions.Place;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.WorkshopPlan;
import org.tandem.system.RuleViolated;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

/**
 * The workshop form as the browser posts it: a title, the mentors chosen by a search, the
 * seats, a room ({@code venueId/roomId}) or an online link, and a day with its times,
 * once or every week for a number of meetings without the skipped dates (written as
 * {@code 2026-12-22}, separated by commas or spaces). A rule the workshop breaks is shown
 * next to the field it concerns ({@link #fieldOf}).
 */
record WorkshopForm(@Size(max = 200) @Nullable String title, @Size(max = 200) @Nullable String mentorSearch,
		@Nullable List<String> mentorIds, @Nullable String capacity, @Nullable String place, @Nullable String room,
		@Size(max = 500) @Nullable String meetingLink, @Nullable String day, @Nullable String start,
		@Nullable String end, @Nullable String repeat, @Nullable String count,
		@Size(max = 2000) @Nullable String skipped) {

	/** Once, or every week. */
	enum Repeat {

		ONCE, WEEKLY

	}

	/** Where each rule's field is on this form. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "title"),
			Map.entry("mentorIds", "mentorIds"), Map.entry("capacity", "capacity"), Map.entry("place", "place"),
			Map.entry("venueId", "room"), Map.entry("roomId", "room"), Map.entry("meetingLink", "meetingLink"),
			Map.entry("day", "day"), Map.entry("start", "start"), Map.entry("end", "end"),
			Map.entry("everyWeeks", "count"), Map.entry("until", "count"), Map.entry("count", "count"),
			Map.entry("skipped", "skipped"));

	WorkshopForm {
		mentorIds = (mentorIds != null) ? List.copyOf(new LinkedHashSet<>(mentorIds)) : List.of();
	}

	static WorkshopForm blank(LocalDate day) {
		return new WorkshopForm("", "", List.of(), "10", Place.VENUE.name(), null, "", day.toString(), "10:00", "12:00",
				Repeat.ONCE.name(), "4", "");
	}

	/** The mentors chosen, those that are ids. */
	List<UUID> chosenMentors() {
		return this.mentorIds.stream().map(WorkshopForm::uuid).filter(java.util.Objects::nonNull).toList();
	}

	/** The form's field a rule's field is shown next to. */
	static @Nullable String fieldOf(RuleViolated violation) {
		return FIELDS.get(violation.field());
	}

	/**
	 * The plan, once the fields the binding could not check are filled in: the times, and
	 * the skipped dates in their format. Those missing are rejected on {@code errors}.
	 * @return the plan, or {@code null} if a field was rejected
	 * @throws RuleViolated if the plan breaks a rule of its own (a title too long, no
	 * mentor, an end before the start, ...)
	 */
	@Nullable WorkshopPlan plan(ProgrammeId programme, Errors errors) {
		Integer seats = number("capacity", this.capacity, errors);
		Place where = choice(Place.class, "place", this.place, errors);
		LocalDate first = parsed("day", this.day, LocalDate::parse, errors);
		LocalTime from = parsed("start", this.start, LocalTime::parse, errors);
		LocalTime to = parsed("end", this.end, LocalTime::parse, errors);
		Repeat often = choice(Repeat.class, "repeat", this.repeat, errors);
		Integer meetings = (often == Repeat.WEEKLY) ? number("count", this.count, errors) : null;
		if (this.mentorIds.size() != chosenMentors().size()) {
			errors.rejectValue("mentorIds", "typeMismatch");
		}
		Set<LocalDate> skippedDays = (often == Repeat.WEEKLY) ? skippedDays(errors) : Set.of();
		if (errors.hasErrors() || seats == null || where == null || first == null || from == null || to == null
				|| often == null) {
			return null;
		}
		Schedule schedule = (often == Repeat.WEEKLY) ? Schedule.weekly(first, from, to, 1, null, meetings, skippedDays)
				: Schedule.single(first, from, to);
		return new WorkshopPlan(programme, (this.title != null) ? this.title : "",
				chosenMentors().stream().map(PersonId::new).toList(), seats, location(where), schedule);
	}

	private static @Nullable Integer number(String field, @Nullable String written, Errors errors) {
		Integer number = parsed(field, written, Integer::valueOf, errors);
		return number;
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String field, @Nullable String written,
			Errors errors) {
		return parsed(field, written, (value) -> Enum.valueOf(type, value), errors);
	}

	/**
	 * A field's value read, or {@code null} with the field rejected: as missing
	 * ({@code NotNull}) if blank, as unreadable ({@code typeMismatch}) if it is not one.
	 */
	private static <T> @Nullable T parsed(String field, @Nullable String written,
			java.util.function.Function<String, T> parser, Errors errors) {
		if (written == null || written.isBlank()) {
			errors.rejectValue(field, "NotNull");
			return null;
		}
		try {
			return parser.apply(written.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException unreadable) {
			errors.rejectValue(field, "typeMismatch");
			return null;
		}
	}

	private static @Nullable UUID uuid(String written) {
		try {
			return UUID.fromString(written);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private Location location(Place where) {
		if (where == Place.VENUE) {
			String[] ids = (this.room != null) ? this.room.split("/") : new String[0];
			if (ids.length != 2) {
				return new Location(Place.VENUE, null, null, null);
			}
			try {
				return Location.room(new VenueId(UUID.fromString(ids[0])), new RoomId(UUID.fromString(ids[1])));
			}
			catch (IllegalArgumentException notAnId) {
				return new Location(Place.VENUE, null, null, null);
			}
		}
		return new Location(where, null, null, this.meetingLink);
	}

	private Set<LocalDate> skippedDays(Errors errors) {
		Set<LocalDate> days = new LinkedHashSet<>();
		if (this.skipped == null || this.skipped.isBlank()) {
			return days;
		}
		for (String written : this.skipped.strip().split("[,;\\s]+")) {
			try {
				days.add(LocalDate.parse(written));
			}
			catch (DateTimeParseException notADate) {
				errors.rejectValue("skipped", "sessions.form.skippedDate", new Object[] { written }, null);
				return days;
			}
		}
		return days;
	}

}
