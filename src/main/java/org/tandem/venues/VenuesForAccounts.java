package org.tandem.venues;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.organisations.LinkSearch;
import org.tandem.organisations.LinkTarget;
import org.tandem.organisations.LinkableVenues;
import org.tandem.system.Role;

/**
 * Answers the organisations module which venues a venue staff account can be linked to.
 */
@Component
class VenuesForAccounts implements LinkableVenues {

	private final Venues venues;

	VenuesForAccounts(Venues venues) {
		this.venues = venues;
	}

	@Override
	public Optional<LinkTarget> find(UUID venueId) {
		return this.venues.find(new VenueId(venueId)).map(VenuesForAccounts::target);
	}

	@Override
	public LinkSearch search(String search, int limit) {
		VenuePage page = this.venues.page(new VenueQuery(search, null, null, null, 0, limit));
		return new LinkSearch(page.items().stream().map(VenuesForAccounts::target).toList(), page.totalItems());
	}

	private static LinkTarget target(Venue venue) {
		String name = (venue.address() != null) ? venue.name() + ", " + venue.address().city() : venue.name();
		return new LinkTarget(venue.id().value(), name, Role.VENUE_STAFF);
	}

}
