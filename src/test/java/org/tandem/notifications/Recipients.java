package org.tandem.notifications;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.tandem.curriculum.Device;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.PhoneNumber;
import org.tandem.people.Profile;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;

/**
 * Seniors registered through the people module's API, for tests that need a recipient
 * with a name. Call inside the organisation's context.
 */
final class Recipients {

	private Recipients() {
	}

	static PersonId senior(People people, String firstName, String lastName) {
		Profile profile = new Profile(firstName, lastName, 1944, Gender.WOMAN, PhoneNumber.parse("070-123 45 67"), null,
				null, ContactChannel.SMS, List.of(new LanguageCode("sv")), Set.of(Device.IPHONE), List.of(),
				WeeklyTimes.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))), Set.of(),
				false, Set.of(), Set.of(), null, null, 1, null, null);
		return people.register(PersonKind.SENIOR, profile, PersonSource.MANUAL).id();
	}

}
