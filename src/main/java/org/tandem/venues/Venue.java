package org.tandem.venues;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.WeeklyTimes;

/**
 * A venue as other modules and the pages see it.
 *
 * @param id the venue's id
 * @param name its name, unique in the organisation
 * @param kind what kind of place it is
 * @param address where it is; {@code null} for an online venue
 * @param meetingLink the web address of its online meeting room, if any
 * @param coordinates where it is on the map, if known
 * @param rooms its rooms
 * @param openingHours when it is open each week
 * @param features what it offers for accessibility
 * @param phone a contact phone number, if given
 * @param email a contact e-mail address, if given
 * @param programmes the programmes it takes part in
 * @param version the version an edit must name, so a stale edit is refused
 */
public record Venue(VenueId id, String name, VenueKind kind, @Nullable Address address, @Nullable String meetingLink,
		@Nullable Coordinates coordinates, List<Room> rooms, WeeklyTimes openingHours,
		Set<AccessibilityFeature> features, @Nullable String phone, @Nullable String email, Set<ProgrammeId> programmes,
		int version) {

	public Venue {
		rooms = List.copyOf(rooms);
		features = features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
		programmes = Set.copyOf(programmes);
	}

	/** How many people the venue's largest room takes; 0 if it has no rooms. */
	public int largestRoomCapacity() {
		return this.rooms.stream().mapToInt(Room::capacity).max().orElse(0);
	}

	public Optional<Room> room(RoomId id) {
		return this.rooms.stream().filter((room) -> room.id().equals(id)).findFirst();
	}

	public boolean belongsTo(ProgrammeId programme) {
		return this.programmes.contains(programme);
	}

	public boolean has(AccessibilityFeature feature) {
		return this.features.contains(feature);
	}

}
