package org.tandem.venues;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.WeeklyTimes;

/**
 * What a coordinator gives to create a venue or to change one. A place (library, care
 * home, school, community centre) needs an address and at least one room; an online venue
 * needs a meeting link and has no address.
 *
 * @param name the name, unique in the organisation regardless of letter case
 * @param kind what kind of place it is
 * @param address where it is; {@code null} for an online venue
 * @param meetingLink the web address of the online meeting room; required online
 * @param coordinates where it is on the map, optional
 * @param rooms its rooms, in the order people see them
 * @param openingHours when it is open each week
 * @param features what it offers for accessibility
 * @param phone a contact phone number, optional
 * @param email a contact e-mail address, optional
 * @param programmes the programmes it takes part in, of the same organisation
 */
public record VenueDetails(String name, VenueKind kind, @Nullable Address address, @Nullable String meetingLink,
		@Nullable Coordinates coordinates, List<RoomDetails> rooms, WeeklyTimes openingHours,
		Set<AccessibilityFeature> features, @Nullable String phone, @Nullable String email,
		Set<ProgrammeId> programmes) {

	static final int MAX_LINK_LENGTH = 500;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]*");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

	public VenueDetails {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(openingHours, "openingHours");
		name = name.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("A venue needs a name");
		}
		meetingLink = meetingLink(meetingLink);
		if (kind.isOnline()) {
			if (address != null) {
				throw VenueRefused.onlineVenueHasNoAddress();
			}
			if (meetingLink == null) {
				throw VenueRefused.meetingLinkRequired();
			}
		}
		else {
			if (address == null) {
				throw VenueRefused.addressRequired();
			}
			if (rooms.isEmpty()) {
				throw VenueRefused.roomRequired();
			}
		}
		rooms = List.copyOf(rooms);
		refuseRepeatedRoomNames(rooms);
		features = features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
		phone = phone(phone);
		email = email(email);
		programmes = Set.copyOf(programmes);
	}

	/**
	 * The name as the organisation's venue names are compared: without regard to case.
	 */
	String nameKey() {
		return key(this.name);
	}

	static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String meetingLink(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String link = written.strip();
		try {
			URI uri = new URI(link);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
					|| link.length() > MAX_LINK_LENGTH) {
				throw VenueRefused.meetingLinkInvalid();
			}
		}
		catch (URISyntaxException malformed) {
			throw VenueRefused.meetingLinkInvalid();
		}
		return link;
	}

	private static void refuseRepeatedRoomNames(List<RoomDetails> rooms) {
		Set<String> seen = new HashSet<>();
		for (RoomDetails room : rooms) {
			if (!seen.add(key(room.name()))) {
				throw VenueRefused.roomNameRepeated(room.name());
			}
		}
	}

	/** A phone number as written, with its spaces tidied: 6 to 15 digits. */
	private static @Nullable String phone(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String phone = written.strip().replaceAll("\\s+", " ");
		long digits = phone.chars().filter((c) -> c >= '0' && c <= '9').count();
		if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
			throw VenueRefused.phoneInvalid();
		}
		return phone;
	}

	private static @Nullable String email(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String email = written.strip();
		if (!EMAIL.matcher(email).matches()) {
			throw VenueRefused.emailInvalid();
		}
		return email;
	}

}
