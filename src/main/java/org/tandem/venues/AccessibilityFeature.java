package org.tandem.venues;

/**
 * What a venue offers people with reduced mobility, hearing or sight, or who tire easily.
 * Matching uses them against seniors' accessibility needs.
 */
public enum AccessibilityFeature {

	/** Entrance and rooms reachable without steps. */
	STEP_FREE_ACCESS,

	/** A lift to every floor the sessions use. */
	LIFT,

	/** An induction loop for hearing aids. */
	HEARING_LOOP,

	/** A toilet that a wheelchair user can use. */
	ACCESSIBLE_TOILET,

	/** Parking close to the entrance. */
	PARKING,

	/** A bus, tram or train stop within a short walk. */
	NEAR_PUBLIC_TRANSPORT,

	/** A room without background noise. */
	QUIET_ROOM

}
