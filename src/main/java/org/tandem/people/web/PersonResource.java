package org.tandem.people.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.Person;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonPage;
import org.tandem.people.PersonSource;
import org.tandem.people.PersonStatus;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;

/**
 * A mentor or senior as the JSON API shows them.
 *
 * @param id the person's id
 * @param kind MENTOR or SENIOR
 * @param status PENDING, ACTIVE or INACTIVE
 * @param firstName given name
 * @param lastName family name
 * @param yearOfBirth year of birth
 * @param gender as stated
 * @param phone E.164
 * @param email e-mail address
 * @param address postal address
 * @param contactChannel how to reach the person
 * @param languages ISO 639 codes, first language first
 * @param devices devices
 * @param topics topics with priority
 * @param availability weekly windows
 * @param venues preferred venues
 * @param programmes programmes
 * @param homeVisits wants or is willing to do home visits
 * @param accessibilityNeeds needs
 * @param school school
 * @param schoolClass class
 * @param capacity seniors at once
 * @param preferredMentorGender a senior's wish
 * @param notes a coordinator's note
 * @param source how the person came into Tandem
 * @param createdAt when
 * @param version the version to name in an edit
 */
record PersonResource(UUID id, PersonKind kind, PersonStatus status, String firstName, String lastName, int yearOfBirth,
		Gender gender, @Nullable String phone, @Nullable String email, @Nullable Address address,
		ContactChannel contactChannel, List<String> languages, Set<Device> devices, List<Topic> topics,
		List<Window> availability, Set<UUID> venues, Set<UUID> programmes, boolean homeVisits,
		Set<AccessibilityNeed> accessibilityNeeds, @Nullable String school, @Nullable String schoolClass, int capacity,
		@Nullable Gender preferredMentorGender, @Nullable String notes, PersonSource source, Instant createdAt,
		int version) {

	record Address(String street, String postcode, String city) {
	}

	record Topic(UUID topicId, int priority) {
	}

	record Window(DayOfWeek day, LocalTime start, LocalTime end) {
	}

	/**
	 * A page of people.
	 *
	 * @param items the people
	 * @param page the page, from 0
	 * @param size the page size
	 * @param totalItems how many match in all
	 */
	record Page(List<PersonResource> items, int page, int size, long totalItems) {

		static Page of(PersonPage page) {
			return new Page(page.items().stream().map(PersonResource::of).toList(), page.page(), page.size(),
					page.totalItems());
		}

	}

	static PersonResource of(Person person) {
		Profile profile = person.profile();
		PostalAddress address = profile.address();
		return new PersonResource(person.id().value(), person.kind(), person.status(), profile.firstName(),
				profile.lastName(), profile.yearOfBirth(), profile.gender(),
				(profile.phone() != null) ? profile.phone().e164() : null, profile.email(),
				(address != null) ? new Address(address.street(), address.displayPostcode(), address.city()) : null,
				profile.contactChannel(), profile.languages().stream().map(LanguageCode::code).toList(),
				profile.devices(),
				profile.topics().stream().map((wish) -> new Topic(wish.topic().value(), wish.priority())).toList(),
				profile.availability()
					.windows()
					.stream()
					.map((window) -> new Window(window.day(), window.start(), window.end()))
					.toList(),
				profile.venues().stream().map((venue) -> venue.value()).collect(java.util.stream.Collectors.toSet()),
				profile.programmes()
					.stream()
					.map((programme) -> programme.value())
					.collect(java.util.stream.Collectors.toSet()),
				profile.homeVisits(), profile.accessibilityNeeds(), profile.school(), profile.schoolClass(),
				profile.capacity(), profile.preferredMentorGender(), profile.notes(), person.source(),
				person.createdAt(), person.version());
	}

}
