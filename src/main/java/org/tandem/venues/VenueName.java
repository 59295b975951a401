package org.tandem.venues;

/**
 * A venue as a choice in a list or a filter: its id and its name, nothing else to load.
 *
 * @param id the venue
 * @param name its name
 */
public record VenueName(VenueId id, String name) {

}
