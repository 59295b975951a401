package org.tandem.people.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.PhoneNumber;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;
import org.tandem.people.TopicWish;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.RuleViolated;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.VenueId;

/**
 * A mentor or senior as the JSON API takes them. Field formats are checked here; the
 * rules that need the whole profile are checked by {@link Profile} itself.
 *
 * @param version the version an edit was made against (ignored when creating)
 * @param firstName given name
 * @param lastName family name
 * @param yearOfBirth year of birth
 * @param gender as stated, default NOT_STATED
 * @param phone as written
 * @param email e-mail address
 * @param street street and number
 * @param postcode Swedish postcode
 * @param city postal town
 * @param contactChannel how to reach the person
 * @param languages ISO 639 codes, first language first
 * @param devices devices owned (senior) or known (mentor)
 * @param topics wanted (senior, with priority) or offered (mentor)
 * @param availability weekly windows
 * @param venues preferred venues
 * @param programmes programmes the person belongs to
 * @param homeVisits wants (senior) or is willing to do (mentor) home visits
 * @param accessibilityNeeds needs to allow for
 * @param school a pupil's school
 * @param schoolClass a pupil's class
 * @param capacity seniors a mentor takes on at once, default 1
 * @param preferredMentorGender a senior's wish, if any
 * @param notes a coordinator's note
 */
record PersonRequest(@Nullable Integer version, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @NotNull @Min(1900) @Max(2100) Integer yearOfBirth,
		@Nullable Gender gender, @ValidPhone @Nullable String phone, @Email @Size(max = 320) @Nullable String email,
		@Size(max = 200) @Nullable String street, @Pattern(regexp = "[0-9]{3} ?[0-9]{2}") @Nullable String postcode,
		@Size(max = 100) @Nullable String city, @NotNull ContactChannel contactChannel,
		@NotEmpty List<@ValidLanguage String> languages, @Nullable Set<Device> devices,
		@Nullable List<@Valid Topic> topics, @Nullable List<@Valid Window> availability, @Nullable Set<UUID> venues,
		@Nullable Set<UUID> programmes, @Nullable Boolean homeVisits,
		@Nullable Set<AccessibilityNeed> accessibilityNeeds, @Size(max = 200) @Nullable String school,
		@Size(max = 50) @Nullable String schoolClass, @Min(1) @Max(10) @Nullable Integer capacity,
		@Nullable Gender preferredMentorGender, @Size(max = 2000) @Nullable String notes) {

	/**
	 * A topic and its priority (1 = most important).
	 *
	 * @param topicId the topic
	 * @param priority 1 to 5, default 1
	 */
	record Topic(@NotNull UUID topicId, @Min(1) @Max(5) @Nullable Integer priority) {
	}

	/**
	 * A weekly window, for example TUESDAY 14:00–16:00.
	 *
	 * @param day the weekday
	 * @param start from
	 * @param end until
	 */
	record Window(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
	}

	/**
	 * The domain's profile; a rule that needs several fields answers with the field it is
	 * about.
	 */
	Profile toProfile() {
		return new Profile(this.firstName, this.lastName, this.yearOfBirth,
				(this.gender != null) ? this.gender : Gender.NOT_STATED, parsedPhone(), blankToNull(this.email),
				address(), this.contactChannel, this.languages.stream().map(LanguageCode::new).toList(),
				(this.devices != null) ? this.devices : Set.of(), topicWishes(), weeklyTimes(),
				ids(this.venues, VenueId::new), Boolean.TRUE.equals(this.homeVisits),
				(this.accessibilityNeeds != null) ? this.accessibilityNeeds : Set.of(),
				ids(this.programmes, ProgrammeId::new), this.school, this.schoolClass,
				(this.capacity != null) ? this.capacity : 1, this.preferredMentorGender, this.notes);
	}

	private @Nullable PhoneNumber parsedPhone() {
		return (this.phone == null || this.phone.isBlank()) ? null : PhoneNumber.parse(this.phone);
	}

	private @Nullable PostalAddress address() {
		return PostalAddress.fromParts(this.street, this.postcode, this.city);
	}

	private List<TopicWish> topicWishes() {
		List<TopicWish> wishes = new ArrayList<>();
		if (this.topics != null) {
			for (Topic topic : this.topics) {
				wishes.add(
						new TopicWish(new TopicId(topic.topicId()), (topic.priority() != null) ? topic.priority() : 1));
			}
		}
		return wishes;
	}

	private WeeklyTimes weeklyTimes() {
		List<TimeWindow> windows = new ArrayList<>();
		if (this.availability != null) {
			for (Window window : this.availability) {
				if (!window.end().isAfter(window.start())) {
					throw new InvalidField("availability", "WindowEndsAfterStart");
				}
				windows.add(new TimeWindow(window.day(), window.start(), window.end()));
			}
		}
		return new WeeklyTimes(windows);
	}

	private static <T> Set<T> ids(@Nullable Set<UUID> ids, java.util.function.Function<UUID, T> type) {
		return (ids != null) ? ids.stream().map(type).collect(java.util.stream.Collectors.toSet()) : Set.of();
	}

	private static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return notBlank(value) ? value : null;
	}

	/** A field that passed its own format check but does not fit with the others. */
	static final class InvalidField extends RuleViolated {

		private static final long serialVersionUID = 1L;

		InvalidField(String field, String rule) {
			super(field, rule, "people.rule." + rule);
		}

	}

}
