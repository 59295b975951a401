package org.tandem.notifications;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a session takes place, as a message names it: a venue (with its street address
 * and the room, when known), a link to an online meeting, or the senior's home. A home
 * visit is written as such and nothing more: a text message is no place for a senior's
 * street address, and the mentor has it from the coordinator.
 *
 * @param venueName the venue's name, or null for an online session or a home visit
 * @param streetAddress the venue's street address, if it should be written out
 * @param room the room at the venue, if any
 * @param onlineLink the meeting's link, for an online session
 * @param home whether it is a home visit
 */
public record SessionPlace(@Nullable String venueName, @Nullable String streetAddress, @Nullable String room,
		@Nullable URI onlineLink, boolean home) {

	public SessionPlace {
		venueName = blankToNull(venueName);
		streetAddress = blankToNull(streetAddress);
		room = blankToNull(room);
		int places = ((venueName != null) ? 1 : 0) + ((onlineLink != null) ? 1 : 0) + (home ? 1 : 0);
		if (places != 1) {
			throw new IllegalArgumentException("A session takes place at a venue, online or at home");
		}
		if (venueName == null && (streetAddress != null || room != null)) {
			throw new IllegalArgumentException("Only a session at a venue has a street address or room");
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
		return new SessionPlace(venueName, streetAddress, room, null, false);
	}

	/** A session held online, at this link. */
	public static SessionPlace online(URI link) {
		return new SessionPlace(null, null, null, link, false);
	}

	/** A home visit at the senior's home, whose address is not written out. */
	public static SessionPlace atHome() {
		return new SessionPlace(null, null, null, null, true);
	}

	public boolean isOnline() {
		return this.onlineLink != null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
