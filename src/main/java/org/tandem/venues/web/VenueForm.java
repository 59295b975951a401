package org.tandem.venues.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.Coordinates;
import org.tandem.venues.Room;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.RoomId;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;

/**
 * The venue form as the browser posts it. It works without JavaScript, so its rooms and
 * opening hours are rows that may be left empty: a few empty room rows after the venue's
 * rooms, and a row for each weekday. Empty rows are ignored; half-filled rows are not.
 */
record VenueForm(@Nullable Integer version, @NotBlank @Size(max = 200) String name, @NotNull @Nullable VenueKind kind,
		@Size(max = 200) String street, @Size(max = 20) String postcode, @Size(max = 100) String city,
		@Size(max = 100) String municipality, @Size(max = 500) String meetingLink, @Size(max = 30) String latitude,
		@Size(max = 30) String longitude, @Valid List<RoomRow> rooms, @Valid List<HoursRow> openingHours,
		Set<AccessibilityFeature> features, @Size(max = 40) String phone, @Email @Size(max = 320) String email,
		Set<UUID> programmes) {

	static final int EMPTY_ROOM_ROWS = 3;

	VenueForm {
		name = orEmpty(name);
		street = orEmpty(street);
		postcode = orEmpty(postcode);
		city = orEmpty(city);
		municipality = orEmpty(municipality);
		meetingLink = orEmpty(meetingLink);
		latitude = orEmpty(latitude);
		longitude = orEmpty(longitude);
		rooms = (rooms != null) ? rooms.stream().map((row) -> (row != null) ? row : RoomRow.EMPTY).toList() : List.of();
		openingHours = (openingHours != null) ? List.copyOf(openingHours) : List.of();
		features = (features != null) ? Set.copyOf(features) : Set.of();
		phone = orEmpty(phone);
		email = orEmpty(email);
		programmes = (programmes != null) ? Set.copyOf(programmes) : Set.of();
	}

	/** An empty form: empty room rows and a row for each weekday. */
	static VenueForm blank() {
		List<RoomRow> rooms = new ArrayList<>();
		addEmptyRoomRows(rooms);
		return new VenueForm(null, "", null, "", "", "", "", "", "", "", rooms, hoursRows(WeeklyTimes.NONE), Set.of(),
				"", "", Set.of());
	}

	/** The form for editing a venue: its values, and empty rows to add to them. */
	static VenueForm of(Venue venue) {
		Address address = venue.address();
		Coordinates coordinates = venue.coordinates();
		List<RoomRow> rooms = new ArrayList<>();
		for (Room room : venue.rooms()) {
			rooms.add(new RoomRow(room.id().value(), room.name(), room.capacity()));
		}
		addEmptyRoomRows(rooms);
		return new VenueForm(venue.version(), venue.name(), venue.kind(), (address != null) ? address.street() : "",
				(address != null) ? address.writtenPostcode() : "", (address != null) ? address.city() : "",
				(address != null) ? address.municipality() : "", orEmpty(venue.meetingLink()),
				(coordinates != null) ? String.valueOf(coordinates.latitude()) : "",
				(coordinates != null) ? String.valueOf(coordinates.longitude()) : "", rooms,
				hoursRows(venue.openingHours()), venue.features(), orEmpty(venue.phone()), orEmpty(venue.email()),
				venue.programmes().stream().map(ProgrammeId::value).collect(Collectors.toSet()));
	}

	/**
	 * Rejects what Bean Validation cannot see: half-filled rows and coordinates that are
	 * not numbers.
	 */
	void rejectIncompleteRows(Errors errors) {
		for (int i = 0; i < this.rooms.size(); i++) {
			RoomRow row = this.rooms.get(i);
			if (row.name().isBlank() && row.capacity() != null) {
				errors.rejectValue("rooms[" + i + "].name", "NotBlank");
			}
			if (!row.name().isBlank() && row.capacity() == null
					&& !errors.hasFieldErrors("rooms[" + i + "].capacity")) {
				errors.rejectValue("rooms[" + i + "].capacity", "NotNull");
			}
		}
		for (int i = 0; i < this.openingHours.size(); i++) {
			HoursRow row = this.openingHours.get(i);
			if (row.opens() == null && row.closes() != null
					&& !errors.hasFieldErrors("openingHours[" + i + "].opens")) {
				errors.rejectValue("openingHours[" + i + "].opens", "NotNull");
			}
			if (row.opens() != null && row.closes() == null
					&& !errors.hasFieldErrors("openingHours[" + i + "].closes")) {
				errors.rejectValue("openingHours[" + i + "].closes", "NotNull");
			}
		}
		for (String field : List.of("latitude", "longitude")) {
			try {
				number(field.equals("latitude") ? this.latitude : this.longitude);
			}
			catch (NumberFormatException notANumber) {
				errors.rejectValue(field, "typeMismatch");
			}
		}
	}

	/**
	 * The domain's details; call only after validation passed.
	 * @throws org.tandem.system.RuleViolated if the venue breaks a rule of venues
	 */
	VenueDetails toDetails() {
		VenueKind chosen = this.kind;
		if (chosen == null) {
			throw new IllegalStateException("Validated before use");
		}
		List<RoomDetails> roomDetails = this.rooms.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new RoomDetails((row.id() != null) ? new RoomId(row.id()) : null, row.name(),
					(row.capacity() != null) ? row.capacity() : 0))
			.toList();
		List<TimeWindow> windows = new ArrayList<>();
		for (HoursRow row : this.openingHours) {
			LocalTime opens = row.opens();
			LocalTime closes = row.closes();
			if (opens != null && closes != null) {
				windows.add(new TimeWindow(row.day(), opens, closes));
			}
		}
		Set<AccessibilityFeature> featureSet = EnumSet.noneOf(AccessibilityFeature.class);
		featureSet.addAll(this.features);
		return new VenueDetails(this.name, chosen,
				Address.fromParts(this.street, this.postcode, this.city, this.municipality), this.meetingLink,
				Coordinates.fromParts(number(this.latitude), number(this.longitude)), roomDetails,
				new WeeklyTimes(windows), featureSet, this.phone, this.email,
				this.programmes.stream().map(ProgrammeId::new).collect(Collectors.toSet()));
	}

	/** A decimal number as people write it, with a point or a comma. */
	private static @Nullable Double number(String text) {
		if (text.isBlank()) {
			return null;
		}
		String number = text.strip().replace(',', '.');
		if (!number.matches("[+-]?\\d{1,3}(\\.\\d+)?")) {
			throw new NumberFormatException(text);
		}
		return Double.valueOf(number);
	}

	private static void addEmptyRoomRows(List<RoomRow> rows) {
		for (int i = 0; i < EMPTY_ROOM_ROWS; i++) {
			rows.add(RoomRow.EMPTY);
		}
	}

	/**
	 * A row for each of the venue's opening windows, and an empty row for each weekday it
	 * has none.
	 */
	private static List<HoursRow> hoursRows(WeeklyTimes hours) {
		List<HoursRow> rows = new ArrayList<>();
		for (TimeWindow window : hours.windows()) {
			rows.add(new HoursRow(window.day(), window.start(), window.end()));
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			if (hours.windows().stream().noneMatch((window) -> window.day() == day)) {
				rows.add(new HoursRow(day, null, null));
			}
		}
		rows.sort(Comparator.comparing(HoursRow::day)
			.thenComparing((row) -> (row.opens() != null) ? row.opens() : LocalTime.MIN));
		return rows;
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * A room row: empty, or a name with a capacity.
	 *
	 * @param id the room's id when it is one of the venue's rooms
	 * @param name its name
	 * @param capacity how many people fit
	 */
	record RoomRow(@Nullable UUID id, @Size(max = 100) String name, @Min(1) @Max(10000) @Nullable Integer capacity) {

		static final RoomRow EMPTY = new RoomRow(null, "", null);

		RoomRow {
			name = orEmpty(name);
		}

		boolean isEmpty() {
			return this.name.isBlank() && this.capacity == null;
		}

	}

	/**
	 * A row of opening hours on one weekday: empty for closed, or both times.
	 *
	 * @param day the weekday
	 * @param opens when it opens
	 * @param closes when it closes
	 */
	@ClosesAfterOpens
	record HoursRow(@NotNull DayOfWeek day, @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = {
			"H:mm", "HH:mm:ss", "H.mm" }) @Nullable LocalTime opens,
			@DateTimeFormat(pattern = "HH:mm",
					fallbackPatterns = { "H:mm", "HH:mm:ss", "H.mm" }) @Nullable LocalTime closes)
			implements
				OpeningRow{

	}

}
