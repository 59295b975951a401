package org.tandem.venues;

import java.util.HashSet;
import java.util.Set;

/**
 * The names of the organisation's venues, compared as venue names are (regardless of
 * case), to find among many new venues at once those the organisation already has. Add
 * each newly accepted venue so that a list's own repeats are found too. Not thread-safe.
 */
public final class KnownVenueNames {

	private final Set<String> names;

	KnownVenueNames(Set<String> names) {
		this.names = new HashSet<>(names);
	}

	/** No venue known yet. */
	public static KnownVenueNames none() {
		return new KnownVenueNames(Set.of());
	}

	/** Whether a venue of this name is already known. */
	public boolean includes(VenueDetails venue) {
		return this.names.contains(venue.nameKey());
	}

	/** Remembers a venue's name, so that a later venue of the same name is a repeat. */
	public void add(VenueDetails venue) {
		this.names.add(venue.nameKey());
	}

}
