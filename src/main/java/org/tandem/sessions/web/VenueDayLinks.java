package org.tandem.sessions.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.system.StartPageLinks;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * On a venue staff member's start page: today's list of each venue their account is
 * linked to, by the venue's name.
 */
@Component
class VenueDayLinks implements StartPageLinks {

	private final Venues venues;

	private final MessageSource messages;

	VenueDayLinks(Venues venues, MessageSource messages) {
		this.venues = venues;
		this.messages = messages;
	}

	@Override
	public List<Link> linksFor(CurrentUser user, Locale locale) {
		if (!user.hasRole(Role.VENUE_STAFF)) {
			return List.of();
		}
		return user.venueIds()
			.stream()
			.map((id) -> this.venues.find(new VenueId(id)))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Venue::name))
			.map((venue) -> new Link("day-list-" + venue.id(),
					this.messages.getMessage("sessions.day.startLink", new Object[] { venue.name() }, locale),
					"/venues/" + venue.id() + "/day"))
			.toList();
	}

}
