package org.tandem.venues;

/**
 * What kind of place a venue is. An online venue has a meeting link instead of an address
 * and needs no rooms.
 */
public enum VenueKind {

	LIBRARY, CARE_HOME, SCHOOL, COMMUNITY_CENTRE, ONLINE;

	public boolean isOnline() {
		return this == ONLINE;
	}

}
