package org.tandem.people;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.VenueId;

/**
 * Everything matching and sessions need to know about a mentor or a senior. Checks its
 * own consistency: a person can be reached on the channel they chose, speaks at least one
 * language, and has a plausible year of birth.
 *
 * @param firstName given name
 * @param lastName family name
 * @param yearOfBirth year of birth (Tandem does not need the full date)
 * @param gender as the person states it
 * @param phone mobile or landline, if any
 * @param email e-mail address, if any
 * @param address postal address, if any
 * @param contactChannel how the person wants to be reached
 * @param languages the languages spoken, the first language first
 * @param devices a senior's devices, or the devices a mentor knows
 * @param topics a senior's wanted topics with priority, or a mentor's offered topics
 * @param availability when in the week the person can meet, in the organisation's time
 * zone
 * @param venues the venues the person prefers (or, for reach via venue staff, where they
 * live)
 * @param homeVisits a senior wants help at home, or a mentor is willing to visit homes
 * @param accessibilityNeeds what a session must allow for
 * @param programmes the programmes the person belongs to
 * @param school a pupil's school
 * @param schoolClass a pupil's class
 * @param capacity how many seniors a mentor takes on at once (1 for seniors)
 * @param preferredMentorGender a senior's stated wish for a mentor's gender, if any
 * @param notes a coordinator's note
 */
public record Profile(String firstName, String lastName, int yearOfBirth, Gender gender, @Nullable PhoneNumber phone,
		@Nullable String email, @Nullable PostalAddress address, ContactChannel contactChannel,
		List<LanguageCode> languages, Set<Device> devices, List<TopicWish> topics, WeeklyTimes availability,
		Set<VenueId> venues, boolean homeVisits, Set<AccessibilityNeed> accessibilityNeeds, Set<ProgrammeId> programmes,
		@Nullable String school, @Nullable String schoolClass, int capacity, @Nullable Gender preferredMentorGender,
		@Nullable String notes) {

	static final int MAX_CAPACITY = 10;

	public Profile {
		firstName = firstName.strip();
		lastName = lastName.strip();
		if (firstName.isEmpty()) {
			throw new ProfileRejected("firstName", "NameRequired");
		}
		if (lastName.isEmpty()) {
			throw new ProfileRejected("lastName", "NameRequired");
		}
		if (yearOfBirth < 1900 || yearOfBirth > Year.now().getValue()) {
			throw new ProfileRejected("yearOfBirth", "YearOfBirthPlausible");
		}
		email = blankToNull(email);
		school = blankToNull(school);
		schoolClass = blankToNull(schoolClass);
		notes = blankToNull(notes);
		languages = List.copyOf(new LinkedHashSet<>(languages));
		if (languages.isEmpty()) {
			throw new ProfileRejected("languages", "LanguageRequired");
		}
		devices = Set.copyOf(devices);
		topics = distinctTopics(topics);
		venues = Set.copyOf(venues);
		accessibilityNeeds = Set.copyOf(accessibilityNeeds);
		programmes = Set.copyOf(programmes);
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new ProfileRejected("capacity", "CapacityRange", 1, MAX_CAPACITY);
		}
		switch (contactChannel) {
			case SMS, PHONE -> {
				if (phone == null) {
					throw new ProfileRejected("phone", "ChannelNeedsPhone");
				}
			}
			case EMAIL -> {
				if (email == null) {
					throw new ProfileRejected("email", "ChannelNeedsEmail");
				}
			}
			case POST -> {
				if (address == null) {
					throw new ProfileRejected("street", "ChannelNeedsAddress");
				}
			}
			case VIA_VENUE_STAFF -> {
				if (venues.isEmpty()) {
					throw new ProfileRejected("venues", "ChannelNeedsVenue");
				}
			}
		}
	}

	/** The person's first language: the first one listed. */
	public LanguageCode firstLanguage() {
		return this.languages.get(0);
	}

	public String fullName() {
		return fullName(this.firstName, this.lastName);
	}

	/** How a person's name is shown: the one place that joins first and last name. */
	static String fullName(String firstName, String lastName) {
		return firstName + " " + lastName;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<TopicWish> distinctTopics(List<TopicWish> topics) {
		List<TopicWish> distinct = new ArrayList<>();
		Set<Object> seen = new java.util.HashSet<>();
		for (TopicWish wish : topics) {
			if (seen.add(wish.topic())) {
				distinct.add(wish);
			}
		}
		distinct.sort(java.util.Comparator.comparingInt(TopicWish::priority));
		return List.copyOf(distinct);
	}

}
