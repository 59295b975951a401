package org.tandem.venues;

import org.tandem.system.NotFound;

/** No venue with this id in the current organisation. */
public class VenueNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	VenueNotFound(VenueId id) {
		super("venues.notFound", id);
	}

}
