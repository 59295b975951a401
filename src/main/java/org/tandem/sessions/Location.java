package org.tandem.sessions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

/**
 * Where a session takes place: a room at a venue, the senior's home, or an online meeting
 * at an https address. Checks itself: a venue session names its venue and room, an online
 * one a secure link, and a home visit neither.
 *
 * @param place venue, home or online
 * @param venue the venue, for a venue session
 * @param room the room at the venue, for a venue session
 * @param meetingLink the https address of the meeting, for an online session
 */
public record Location(Place place, @Nullable VenueId venue, @Nullable RoomId room, @Nullable String meetingLink) {

	static final int MAX_LINK = 500;

	public Location {
		Objects.requireNonNull(place, "place");
		switch (place) {
			case VENUE -> {
				if (venue == null) {
					throw new SessionRefused("venueId", "VenueRequired");
				}
				if (room == null) {
					throw new SessionRefused("roomId", "RoomRequired");
				}
				meetingLink = null;
			}
			case ONLINE -> {
				meetingLink = secureLink(meetingLink);
				venue = null;
				room = null;
			}
			case HOME -> {
				venue = null;
				room = null;
				meetingLink = null;
			}
		}
	}

	public static Location room(VenueId venue, RoomId room) {
		return new Location(Place.VENUE, venue, room, null);
	}

	public static Location home() {
		return new Location(Place.HOME, null, null, null);
	}

	public static Location online(String link) {
		return new Location(Place.ONLINE, null, null, link);
	}

	private static String secureLink(@Nullable String link) {
		String given = (link != null) ? link.strip() : "";
		if (given.isEmpty() || given.length() > MAX_LINK) {
			throw new SessionRefused("meetingLink", "MeetingLinkHttps");
		}
		try {
			URI uri = new URI(given);
			if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
					|| uri.getHost() == null || uri.getHost().isBlank()) {
				throw new SessionRefused("meetingLink", "MeetingLinkHttps");
			}
		}
		catch (URISyntaxException ex) {
			throw new SessionRefused("meetingLink", "MeetingLinkHttps");
		}
		return given;
	}

}
