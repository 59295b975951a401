package org.tandem.venues;

import org.tandem.system.RuleViolated;

/** A room was given room for no one. */
public class RoomCapacityTooSmall extends RuleViolated {

	private static final long serialVersionUID = 1L;

	RoomCapacityTooSmall(String room, int capacity) {
		super("rooms", "RoomCapacityTooSmall", "venues.roomCapacityTooSmall", room, capacity);
	}

}
