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
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.Coordinates;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.RoomId;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;
import org.tandem.venues.VenuePage;

/**
 * Venues as the API reads and writes them: flat, with the same field names in a request
 * and an answer, so a client can read a venue, change a field and send it back.
 */
final class VenueJson {

	private VenueJson() {
	}

	/**
	 * A venue to create, or an edit made against {@code version} (required for an edit,
	 * validation group {@link Change}). A place needs street, postcode, city and
	 * municipality and a room; an online venue a meeting link and no address.
	 */
	record Request(@NotNull(groups = Change.class) @Nullable Integer version,
			@NotBlank @Size(max = 200) @Nullable String name, @NotNull @Nullable VenueKind kind,
			@Size(max = 200) @Nullable String street, @Size(max = 20) @Nullable String postcode,
			@Size(max = 100) @Nullable String city, @Size(max = 100) @Nullable String municipality,
			@Size(max = 500) @Nullable String meetingLink, @Nullable Double latitude, @Nullable Double longitude,
			@Valid @Size(max = 100) @Nullable List<@NotNull RoomJson> rooms,
			@Valid @Size(max = 100) @Nullable List<@NotNull HoursJson> openingHours,
			@Nullable Set<@NotNull AccessibilityFeature> features, @Size(max = 40) @Nullable String phone,
			@Email @Size(max = 320) @Nullable String email, @Nullable Set<@NotNull UUID> programmes) {

		/**
		 * The validation group of an edit, which must name the version it was made
		 * against.
		 */
		interface Change {

		}

		/**
		 * The domain's details; call only after validation passed.
		 * @throws org.tandem.system.RuleViolated if the venue breaks a rule of venues
		 */
		VenueDetails toDetails() {
			List<RoomDetails> roomDetails = (this.rooms != null) ? this.rooms.stream()
				.map((room) -> new RoomDetails((room.id() != null) ? new RoomId(room.id()) : null,
						required(room.name()), required(room.capacity())))
				.toList() : List.of();
			List<TimeWindow> windows = (this.openingHours != null) ? this.openingHours.stream()
				.map((hours) -> new TimeWindow(hours.day(), hours.opens(), hours.closes()))
				.toList() : List.of();
			Set<AccessibilityFeature> featureSet = EnumSet.noneOf(AccessibilityFeature.class);
			if (this.features != null) {
				featureSet.addAll(this.features);
			}
			Set<ProgrammeId> programmeIds = (this.programmes != null)
					? this.programmes.stream().map(ProgrammeId::new).collect(Collectors.toSet()) : Set.of();
			return new VenueDetails(required(this.name), required(this.kind),
					Address.fromParts(this.street, this.postcode, this.city, this.municipality), this.meetingLink,
					Coordinates.fromParts(this.latitude, this.longitude), roomDetails, new WeeklyTimes(windows),
					featureSet, this.phone, this.email, programmeIds);
		}

		int requiredVersion() {
			return required(this.version);
		}

		private static <T> T required(@Nullable T value) {
			if (value == null) {
				throw new IllegalStateException("Validated before use");
			}
			return value;
		}

	}

	/**
	 * A room. In an edit, a room that names one of the venue's room ids keeps it.
	 *
	 * @param id the room's id, or {@code null} for a new room
	 * @param name its name
	 * @param capacity how many people fit
	 */
	record RoomJson(@Nullable UUID id, @NotBlank @Size(max = 100) @Nullable String name,
			@NotNull @Min(1) @Max(10000) @Nullable Integer capacity) {

	}

	/**
	 * A stretch of opening hours on one weekday.
	 *
	 * @param day the weekday, for example {@code MONDAY}
	 * @param opens when it opens, for example {@code 10:00}
	 * @param closes when it closes, after it opens
	 */
	@ClosesAfterOpens
	record HoursJson(@NotNull DayOfWeek day, @NotNull LocalTime opens,
			@NotNull LocalTime closes) implements OpeningRow {

	}

	/**
	 * A venue as the API answers it: the request's fields plus the id; the postcode
	 * without its space.
	 */
	record Response(UUID id, String name, VenueKind kind, @Nullable String street, @Nullable String postcode,
			@Nullable String city, @Nullable String municipality, @Nullable String meetingLink,
			@Nullable Double latitude, @Nullable Double longitude, List<RoomJson> rooms, List<HoursJson> openingHours,
			List<AccessibilityFeature> features, @Nullable String phone, @Nullable String email, List<UUID> programmes,
			int version) {

		static Response of(Venue venue) {
			Address address = venue.address();
			Coordinates coordinates = venue.coordinates();
			List<UUID> programmeIds = new ArrayList<>(venue.programmes().stream().map(ProgrammeId::value).toList());
			programmeIds.sort(Comparator.naturalOrder());
			return new Response(venue.id().value(), venue.name(), venue.kind(),
					(address != null) ? address.street() : null, (address != null) ? address.postcode() : null,
					(address != null) ? address.city() : null, (address != null) ? address.municipality() : null,
					venue.meetingLink(), (coordinates != null) ? coordinates.latitude() : null,
					(coordinates != null) ? coordinates.longitude() : null,
					venue.rooms()
						.stream()
						.map((room) -> new RoomJson(room.id().value(), room.name(), room.capacity()))
						.toList(),
					venue.openingHours()
						.windows()
						.stream()
						.map((window) -> new HoursJson(window.day(), window.start(), window.end()))
						.toList(),
					List.copyOf(venue.features()), venue.phone(), venue.email(), programmeIds, venue.version());
		}

	}

	/**
	 * One page of venues.
	 *
	 * @param items the venues on this page
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param totalItems how many venues match in all
	 * @param totalPages how many pages there are
	 */
	record Page(List<Response> items, int page, int size, long totalItems, int totalPages) {

		static Page of(VenuePage page) {
			return new Page(page.items().stream().map(Response::of).toList(), page.page(), page.size(),
					page.totalItems(), page.totalPages());
		}

	}

}
