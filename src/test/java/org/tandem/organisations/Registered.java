package org.tandem.organisations;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tandem.curriculum.Device;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.PhoneNumber;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.Address;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

/**
 * Mentors, seniors and venues registered in a test organisation through the people and
 * venues modules' public APIs, for accounts to be linked to.
 */
final class Registered {

	private final Organisations organisations;

	private final People people;

	private final Venues venues;

	Registered(Organisations organisations, People people, Venues venues) {
		this.organisations = organisations;
		this.people = people;
		this.venues = venues;
	}

	UUID mentor(TestOrganisation in, String firstName, String lastName) {
		return person(in, PersonKind.MENTOR, firstName, lastName, 1999);
	}

	UUID senior(TestOrganisation in, String firstName, String lastName) {
		return person(in, PersonKind.SENIOR, firstName, lastName, 1946);
	}

	UUID venue(TestOrganisation in, String name) {
		UUID[] id = new UUID[1];
		this.organisations.actFor(in.organisation(), () -> id[0] = this.venues
			.create(new VenueDetails(name, VenueKind.LIBRARY, new Address("Storgatan 1", "93431", "Kåge", "Skellefteå"),
					null, null, List.of(new RoomDetails(null, "Studierummet", 4)), WeeklyTimes.of(), Set.of(), null,
					null, Set.of()))
			.id()
			.value());
		return id[0];
	}

	private UUID person(TestOrganisation in, PersonKind kind, String firstName, String lastName, int yearOfBirth) {
		UUID[] id = new UUID[1];
		this.organisations.actFor(in.organisation(), () -> id[0] = this.people
			.register(kind,
					new Profile(firstName, lastName, yearOfBirth, Gender.WOMAN, PhoneNumber.parse("070-123 45 67"),
							null, new PostalAddress("Storgatan 3", "934 31", "Skellefteå"), ContactChannel.SMS,
							List.of(new LanguageCode("sv")), Set.of(Device.IPHONE), List.of(), WeeklyTimes.of(),
							Set.of(), false, Set.of(), Set.of(), null, null, 1, null, null),
					PersonSource.MANUAL)
			.id()
			.value());
		return id[0];
	}

}
