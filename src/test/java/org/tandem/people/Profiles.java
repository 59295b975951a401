package org.tandem.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.tandem.curriculum.Device;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;

/**
 * Realistic profiles for tests, each a small change away from valid.
 */
final class Profiles {

	private Profiles() {
	}

	static Profile senior(String firstName, String lastName) {
		return new Profile(firstName, lastName, 1942, Gender.WOMAN, PhoneNumber.parse("070-123 45 67"), null,
				new PostalAddress("Storgatan 1", "931 30", "Skellefteå"), ContactChannel.SMS,
				List.of(new LanguageCode("sv"), new LanguageCode("fi")), Set.of(Device.IPHONE), List.of(),
				WeeklyTimes.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))), Set.of(),
				false, Set.of(AccessibilityNeed.HEARING), Set.of(), null, null, 1, null, null);
	}

	static Profile mentor(String firstName, String lastName, int yearOfBirth) {
		return new Profile(firstName, lastName, yearOfBirth, Gender.MAN, PhoneNumber.parse("+46 73 555 12 34"),
				"mentor@example.se", null, ContactChannel.EMAIL,
				List.of(new LanguageCode("sv"), new LanguageCode("ar")), Set.of(Device.IPHONE, Device.ANDROID_PHONE),
				List.of(), WeeklyTimes.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))),
				Set.of(), false, Set.of(), Set.of(), "Kaplanskolan", "9B", 2, null, null);
	}

	static Profile withTopics(Profile profile, List<TopicWish> topics) {
		return new Profile(profile.firstName(), profile.lastName(), profile.yearOfBirth(), profile.gender(),
				profile.phone(), profile.email(), profile.address(), profile.contactChannel(), profile.languages(),
				profile.devices(), topics, profile.availability(), profile.venues(), profile.homeVisits(),
				profile.accessibilityNeeds(), profile.programmes(), profile.school(), profile.schoolClass(),
				profile.capacity(), profile.preferredMentorGender(), profile.notes());
	}

	static Profile withHomeVisits(Profile profile) {
		return new Profile(profile.firstName(), profile.lastName(), profile.yearOfBirth(), profile.gender(),
				profile.phone(), profile.email(), profile.address(), profile.contactChannel(), profile.languages(),
				profile.devices(), profile.topics(), profile.availability(), profile.venues(), true,
				profile.accessibilityNeeds(), profile.programmes(), profile.school(), profile.schoolClass(),
				profile.capacity(), profile.preferredMentorGender(), profile.notes());
	}

}
