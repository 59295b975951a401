package org.tandem.venues;

import org.tandem.programmes.ProgrammeId;
import org.tandem.system.RuleViolated;

/**
 * A venue's details break one of the rules a venue must meet: a place needs an address
 * and a room, an online venue needs a meeting link, and so on.
 */
public class VenueRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	private VenueRefused(String field, String rule, String messageKey, Object... arguments) {
		super(field, rule, messageKey, arguments);
	}

	static VenueRefused addressRequired() {
		return new VenueRefused("street", "AddressRequired", "venues.addressRequired");
	}

	static VenueRefused addressIncomplete(String field) {
		return new VenueRefused(field, "AddressIncomplete", "venues.addressIncomplete");
	}

	static VenueRefused onlineVenueHasNoAddress() {
		return new VenueRefused("street", "OnlineVenueHasNoAddress", "venues.onlineVenueHasNoAddress");
	}

	static VenueRefused coordinatesIncomplete(String missing) {
		return new VenueRefused(missing, "CoordinatesIncomplete", "venues.coordinatesIncomplete");
	}

	static VenueRefused meetingLinkRequired() {
		return new VenueRefused("meetingLink", "MeetingLinkRequired", "venues.meetingLinkRequired");
	}

	static VenueRefused meetingLinkInvalid() {
		return new VenueRefused("meetingLink", "MeetingLinkInvalid", "venues.meetingLinkInvalid");
	}

	static VenueRefused roomRequired() {
		return new VenueRefused("rooms", "RoomRequired", "venues.roomRequired");
	}

	static VenueRefused roomNameRepeated(String name) {
		return new VenueRefused("rooms", "RoomNameRepeated", "venues.roomNameRepeated", name);
	}

	static VenueRefused phoneInvalid() {
		return new VenueRefused("phone", "PhoneNumberInvalid", "venues.phoneInvalid");
	}

	static VenueRefused emailInvalid() {
		return new VenueRefused("email", "EmailInvalid", "venues.emailInvalid");
	}

	static VenueRefused programmeUnknown(ProgrammeId programme) {
		return new VenueRefused("programmes", "ProgrammeUnknown", "venues.programmeUnknown", programme.toString());
	}

}
