package org.tandem.imports;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.system.RuleViolated;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.Coordinates;
import org.tandem.venues.KnownVenueNames;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;

/**
 * Reads a row of a list of venues as {@link VenueDetails}: one venue per row, with at
 * most one room, named by the room column or else given the default name. The venues
 * module's own value objects check the cells (an address with a five-digit postcode,
 * coordinates on Earth, a room for at least one person) and {@link VenueDetails} checks
 * the venue as a whole (a place needs an address and a room, an online venue a meeting
 * link); what they refuse is reported on the row with their own message. A venue whose
 * name the organisation already has, in any letter case, or an earlier row names, is a
 * duplicate.
 */
final class VenueRows implements RowReader<VenueDetails> {

	/** The most people a room takes, as the venue form and API allow. */
	static final int MAX_ROOM_CAPACITY = 10_000;

	private final KnownVenueNames known;

	private final String defaultRoomName;

	/**
	 * @param known the names of the organisation's venues
	 * @param defaultRoomName the name of a room given only by its capacity, in the
	 * organisation's language
	 */
	VenueRows(KnownVenueNames known, String defaultRoomName) {
		this.known = known;
		this.defaultRoomName = defaultRoomName;
	}

	@Override
	public @Nullable VenueDetails read(RowReading row) {
		String name = row.text(ImportField.NAME);
		if (row.maps(ImportField.NAME) && name.isEmpty()) {
			row.error(ImportField.NAME, "VenueNameRequired");
		}
		VenueKind kind = kind(row);
		Address address = address(row);
		Coordinates coordinates = coordinates(row);
		List<RoomDetails> rooms = rooms(row);
		Set<AccessibilityFeature> features = features(row);
		WeeklyTimes openingHours = openingHours(row);
		String phone = row.text(ImportField.PHONE);
		String email = row.text(ImportField.EMAIL);
		String meetingLink = row.text(ImportField.MEETING_LINK);
		if (row.hasErrors() || kind == null || name.isEmpty()) {
			return null;
		}
		// VenueDetails stops at the first rule the venue breaks. To list every problem of
		// the row at once, an optional contact field it refused is left out and the venue
		// is built again; a refusal of anything else, or of a field already reported,
		// ends it.
		Set<String> reported = new HashSet<>();
		while (true) {
			try {
				VenueDetails venue = new VenueDetails(name, kind, address, meetingLink, coordinates, rooms,
						openingHours, features, phone, email, Set.of());
				return reported.isEmpty() ? venue : null;
			}
			catch (RuleViolated broken) {
				if (!reported.add(broken.field())) {
					return null;
				}
				row.broken(broken);
				switch (broken.field()) {
					case "phone" -> phone = null;
					case "email" -> email = null;
					case "meetingLink" -> meetingLink = null;
					default -> {
						return null;
					}
				}
			}
		}
	}

	@Override
	public boolean isDuplicate(VenueDetails venue) {
		if (this.known.includes(venue)) {
			return true;
		}
		this.known.add(venue);
		return false;
	}

	private static @Nullable VenueKind kind(RowReading row) {
		if (!row.maps(ImportField.VENUE_KIND)) {
			return null;
		}
		String value = row.raw(ImportField.VENUE_KIND);
		if (value.isBlank()) {
			row.error(ImportField.VENUE_KIND, "VenueKindRequired");
			return null;
		}
		return CellValues.venueKind(value).orElseGet(() -> {
			row.error(ImportField.VENUE_KIND, "VenueKindUnknown", value.strip());
			return null;
		});
	}

	private static @Nullable Address address(RowReading row) {
		String street = row.text(ImportField.STREET);
		String city = row.text(ImportField.CITY);
		String municipality = row.text(ImportField.MUNICIPALITY);
		try {
			return Address.fromParts(street, row.raw(ImportField.POSTCODE), city, municipality);
		}
		catch (RuleViolated broken) {
			row.broken(broken);
			return null;
		}
	}

	private static @Nullable Coordinates coordinates(RowReading row) {
		int problems = row.errors().size();
		Double latitude = degrees(row, ImportField.LATITUDE);
		Double longitude = degrees(row, ImportField.LONGITUDE);
		if (row.errors().size() > problems) {
			return null;
		}
		try {
			return Coordinates.fromParts(latitude, longitude);
		}
		catch (RuleViolated broken) {
			row.broken(broken);
			return null;
		}
	}

	private static @Nullable Double degrees(RowReading row, ImportField field) {
		String value = row.raw(field);
		if (value.isBlank()) {
			return null;
		}
		return CellValues.degrees(value).orElseGet(() -> {
			row.error(field, "DegreesUnreadable");
			return null;
		});
	}

	/**
	 * The row's room: named by the room column, or given the default name when only its
	 * capacity is given; none when neither is.
	 */
	private List<RoomDetails> rooms(RowReading row) {
		String name = row.text(ImportField.ROOM_NAME);
		String capacity = row.raw(ImportField.ROOM_CAPACITY).strip();
		if (capacity.isEmpty()) {
			if (!name.isEmpty()) {
				row.error(ImportField.ROOM_CAPACITY, "RoomCapacityRequired", name);
			}
			return List.of();
		}
		int people;
		try {
			people = Integer.parseInt(capacity);
		}
		catch (NumberFormatException unreadable) {
			row.error(ImportField.ROOM_CAPACITY, "NumberUnreadable");
			return List.of();
		}
		if (people > MAX_ROOM_CAPACITY) {
			row.error(ImportField.ROOM_CAPACITY, "NumberTooLarge", String.valueOf(MAX_ROOM_CAPACITY));
			return List.of();
		}
		try {
			return List.of(new RoomDetails(null, name.isEmpty() ? this.defaultRoomName : name, people));
		}
		catch (RuleViolated broken) {
			row.broken(broken);
			return List.of();
		}
	}

	private static Set<AccessibilityFeature> features(RowReading row) {
		CellValues.Parts<AccessibilityFeature> features = CellValues
			.features(row.raw(ImportField.ACCESSIBILITY_FEATURES));
		if (!features.unknown().isEmpty()) {
			row.error(ImportField.ACCESSIBILITY_FEATURES, "FeatureUnknown", features.unknown().get(0));
		}
		return features.values().isEmpty() ? EnumSet.noneOf(AccessibilityFeature.class)
				: EnumSet.copyOf(features.values());
	}

	private static WeeklyTimes openingHours(RowReading row) {
		String value = row.raw(ImportField.OPENING_HOURS);
		if (value.isBlank()) {
			return WeeklyTimes.NONE;
		}
		return CellValues.openingHours(value).orElseGet(() -> {
			row.error(ImportField.OPENING_HOURS, "OpeningHoursUnreadable");
			return WeeklyTimes.NONE;
		});
	}

}
