package org.tandem.people.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.Person;
import org.tandem.people.PersonKind;
import org.tandem.people.Profile;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TimeWindow;
import org.tandem.venues.VenueId;

/**
 * The mentor and senior form as a browser posts it: plain strings and checkbox sets,
 * checked field by field and then turned into a {@link PersonRequest}. Availability is
 * one row per weekday, Monday first, with a start and an end time.
 *
 * @param version the version the edit was made against
 * @param firstName given name
 * @param lastName family name
 * @param yearOfBirth year of birth
 * @param gender as stated
 * @param phone as written
 * @param email e-mail address
 * @param street street and number
 * @param postcode postcode
 * @param city postal town
 * @param contactChannel how to reach the person
 * @param firstLanguage the first language
 * @param otherLanguages further languages
 * @param devices devices
 * @param topicIds every topic offered in the form, in the order shown
 * @param topicPriorities for each of {@code topicIds}: empty if not chosen, else the
 * priority 1 (most important) to 5; for mentors 1 means "can teach"
 * @param programmes the programmes the person belongs to
 * @param venues the venues the person prefers
 * @param from availability start per weekday, Monday first, empty for none
 * @param to availability end per weekday
 * @param homeVisits wants or is willing to do home visits
 * @param accessibilityNeeds needs
 * @param school a pupil's school
 * @param schoolClass a pupil's class
 * @param capacity seniors a mentor takes on at once
 * @param preferredMentorGender a senior's wish
 * @param notes a coordinator's note
 */
record PersonForm(@Nullable Integer version, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @NotNull @Min(1900) @Max(2100) Integer yearOfBirth,
		@Nullable Gender gender, @ValidPhone @Nullable String phone, @Email @Size(max = 320) @Nullable String email,
		@Size(max = 200) @Nullable String street, @Pattern(regexp = "([0-9]{3} ?[0-9]{2})?") @Nullable String postcode,
		@Size(max = 100) @Nullable String city, @NotNull ContactChannel contactChannel,
		@NotBlank @ValidLanguage String firstLanguage, @Nullable Set<String> otherLanguages,
		@Nullable Set<Device> devices, @Nullable List<String> topicIds, @Nullable List<String> topicPriorities,
		@Nullable Set<UUID> programmes, @Nullable Set<UUID> venues, @Nullable List<String> from,
		@Nullable List<String> to, @Nullable Boolean homeVisits, @Nullable Set<AccessibilityNeed> accessibilityNeeds,
		@Size(max = 200) @Nullable String school, @Size(max = 50) @Nullable String schoolClass,
		@Min(1) @Max(10) @Nullable Integer capacity, @Nullable Gender preferredMentorGender,
		@Size(max = 2000) @Nullable String notes) {

	PersonForm {
		topicIds = (topicIds != null) ? List.copyOf(topicIds) : List.of();
		topicPriorities = padded(topicPriorities, topicIds.size());
		from = week(from);
		to = week(to);
	}

	static PersonForm empty(PersonKind kind) {
		return new PersonForm(null, "", "", null, Gender.NOT_STATED, "", "", "", "", "",
				(kind == PersonKind.MENTOR) ? ContactChannel.SMS : ContactChannel.PHONE, "sv", Set.of(), Set.of(),
				List.of(), List.of(), Set.of(), Set.of(), blankWeek(), blankWeek(), false, Set.of(), "", "",
				(kind == PersonKind.MENTOR) ? 2 : 1, null, "");
	}

	static PersonForm of(Person person) {
		Profile profile = person.profile();
		List<String> from = blankWeek();
		List<String> to = blankWeek();
		for (TimeWindow window : profile.availability().windows()) {
			int day = window.day().getValue() - 1;
			if (from.get(day).isEmpty()) {
				from.set(day, window.start().toString());
				to.set(day, window.end().toString());
			}
		}
		Set<String> others = new LinkedHashSet<>();
		profile.languages().stream().skip(1).forEach((language) -> others.add(language.code()));
		return new PersonForm(person.version(), profile.firstName(), profile.lastName(), profile.yearOfBirth(),
				profile.gender(), (profile.phone() != null) ? profile.phone().display() : "",
				(profile.email() != null) ? profile.email() : "",
				(profile.address() != null) ? profile.address().street() : "",
				(profile.address() != null) ? profile.address().displayPostcode() : "",
				(profile.address() != null) ? profile.address().city() : "", profile.contactChannel(),
				profile.firstLanguage().code(), others, profile.devices(),
				profile.topics().stream().map((wish) -> wish.topic().value().toString()).toList(),
				profile.topics().stream().map((wish) -> String.valueOf(wish.priority())).toList(),
				profile.programmes().stream().map(ProgrammeId::value).collect(Collectors.toSet()),
				profile.venues().stream().map(VenueId::value).collect(Collectors.toSet()), from, to,
				profile.homeVisits(), profile.accessibilityNeeds(), orEmpty(profile.school()),
				orEmpty(profile.schoolClass()), profile.capacity(), profile.preferredMentorGender(),
				orEmpty(profile.notes()));
	}

	/**
	 * The form with every topic of the catalogue in its rows, keeping what was chosen.
	 */
	PersonForm withTopicRows(List<java.util.UUID> allTopics) {
		List<String> ids = new ArrayList<>();
		List<String> priorities = new ArrayList<>();
		for (java.util.UUID topic : allTopics) {
			int chosen = this.topicIds.indexOf(topic.toString());
			ids.add(topic.toString());
			priorities.add((chosen >= 0) ? this.topicPriorities.get(chosen) : "");
		}
		return new PersonForm(this.version, this.firstName, this.lastName, this.yearOfBirth, this.gender, this.phone,
				this.email, this.street, this.postcode, this.city, this.contactChannel, this.firstLanguage,
				this.otherLanguages, this.devices, ids, priorities, this.programmes, this.venues, this.from, this.to,
				this.homeVisits, this.accessibilityNeeds, this.school, this.schoolClass, this.capacity,
				this.preferredMentorGender, this.notes);
	}

	/**
	 * The same person as an API request. Times that cannot be read, or that end before
	 * they start, are refused naming the weekday's row.
	 */
	PersonRequest toRequest() {
		List<String> languages = new ArrayList<>();
		languages.add(this.firstLanguage);
		if (this.otherLanguages != null) {
			this.otherLanguages.stream().filter((code) -> !code.equals(this.firstLanguage)).forEach(languages::add);
		}
		return new PersonRequest(this.version, this.firstName, this.lastName, this.yearOfBirth, this.gender, this.phone,
				this.email, this.street, this.postcode, this.city, this.contactChannel, languages, this.devices,
				chosenTopics(), windows(), venues, programmes, Boolean.TRUE.equals(this.homeVisits),
				this.accessibilityNeeds, this.school, this.schoolClass, this.capacity, this.preferredMentorGender,
				this.notes);
	}

	private List<PersonRequest.Topic> chosenTopics() {
		List<PersonRequest.Topic> topics = new ArrayList<>();
		for (int row = 0; row < this.topicIds.size(); row++) {
			String priority = this.topicPriorities.get(row);
			if (!priority.isEmpty()) {
				try {
					topics.add(new PersonRequest.Topic(java.util.UUID.fromString(this.topicIds.get(row)),
							Integer.parseInt(priority)));
				}
				catch (IllegalArgumentException unreadable) {
					throw new PersonRequest.InvalidField("topicPriorities[" + row + "]", "TopicPriority");
				}
			}
		}
		return topics;
	}

	private static List<String> padded(@Nullable List<String> values, int size) {
		List<String> padded = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			padded.add((values != null && i < values.size() && values.get(i) != null) ? values.get(i).strip() : "");
		}
		return padded;
	}

	private List<PersonRequest.Window> windows() {
		List<PersonRequest.Window> windows = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			String start = at(this.from, day);
			String end = at(this.to, day);
			if (start.isEmpty() && end.isEmpty()) {
				continue;
			}
			LocalTime from;
			LocalTime until;
			try {
				from = LocalTime.parse(start);
				until = LocalTime.parse(end);
			}
			catch (DateTimeParseException unreadable) {
				throw new PersonRequest.InvalidField("from[" + day + "]", "WindowTimes");
			}
			if (!until.isAfter(from)) {
				throw new PersonRequest.InvalidField("to[" + day + "]", "WindowEndsAfterStart");
			}
			windows.add(new PersonRequest.Window(DayOfWeek.of(day + 1), from, until));
		}
		return windows;
	}

	/** Seven entries, Monday first, whatever the browser sent. */
	private static List<String> week(@Nullable List<String> values) {
		List<String> week = blankWeek();
		if (values != null) {
			for (int day = 0; day < Math.min(7, values.size()); day++) {
				week.set(day, (values.get(day) != null) ? values.get(day).strip() : "");
			}
		}
		return week;
	}

	static List<String> blankWeek() {
		List<String> week = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			week.add("");
		}
		return week;
	}

	private static String at(@Nullable List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index).strip() : "";
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
