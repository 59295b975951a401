package org.tandem.notifications;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a session takes place, as a message names it: a venue (with its street address
 * and the room, when known) or a link to an online meeting.
 *
 * @param venueName the venue's name, or null for an online session
 * @param streetAddress the venue's street address, if it should be written out
 * @param room the room at the venue, if any
 * @param onlineLink the meeting's link, for an online session
 */
public record SessionPlace(@Nullable String venueName, @Nullable String streetAddress, @Nullable String room,
		@Nullable URI onlineLink) {

	public SessionPlace {
		venueName = blankToNull(venueName);
		streetAddress = blankToNull(streetAddress);
		room = blankToNull(room);
		if ((venueName == null) == (onlineLink == null)) {
			throw new IllegalArgumentException("A session takes place either at a venue or online");
		}
		if (venueName == null && (streetAddress != null || room != null)) {
			throw new IllegalArgumentException("An online session has no street address or room");
		}
		if (onlineLink != null) {
			String scheme = (onlineLink.getScheme() != null) ? onlineLink.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("https") && !scheme.equals("http")) {
				throw new IllegalArgumentException("An online session's link is a web address");
			}
		}
	}

	/** A session at a venue; the street address and room may be null. */
	public static SessionPlace atVenue(String venueName, @Nullable String streetAddress, @Nullable String room) {
		return new SessionPlace(venueName, streetAddress, room, null);
	}

	/** A session held online, at this link. */
	public static SessionPlace online(URI link) {
		return new SessionPlace(null, null, null, link);
	}

	public boolean isOnline() {
		return this.onlineLink != null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
