package org.tandem.organisations;

import java.util.Optional;
import java.util.UUID;

/**
 * The venues a venue staff account can be linked to, answered by the module that keeps
 * them, which depends on organisations and implements this.
 */
public interface LinkableVenues {

	/**
	 * A venue of the current organisation; another organisation's venue is not there,
	 * exactly as one that does not exist.
	 */
	Optional<LinkTarget> find(UUID venueId);

	/**
	 * Venues of the current organisation whose name, town or municipality matches the
	 * search, at most {@code limit}, by name.
	 */
	LinkSearch search(String search, int limit);

}
