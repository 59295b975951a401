package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.VenueKind;

/**
 * A small programme's registry built in tests: venues and people with sensible defaults
 * (Swedish speakers free on Tuesdays 14–16 who prefer Kåge library, open weekdays 9–18,
 * with their consents), each changed by a line.
 */
final class Registry {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final ProgrammeId PROGRAMME = new ProgrammeId(new UUID(0, 1));

	int sessionMinutes = 60;

	final List<Venue> venues = new ArrayList<>();

	final List<Person> people = new ArrayList<>();

	final Set<PairOfPeople> neverPairs = new HashSet<>();

	final Set<PersonId> requiredPreferences = new HashSet<>();

	Weights weights = Weights.defaults();

	final List<PairOfPeople> kept = new ArrayList<>();

	final Set<PairOfPeople> rejected = new HashSet<>();

	final Set<PairOfPeople> previous = new HashSet<>();

	private long serial;

	Venue venue(String name, String municipality, WeeklyTimes openingHours) {
		Venue venue = new Venue(new VenueId(new UUID(1, ++this.serial)), name, VenueKind.LIBRARY,
				new Address("Storgatan 1", "93185", municipality, municipality), null, null, List.of(), openingHours,
				Set.of(AccessibilityFeature.STEP_FREE_ACCESS), null, null, Set.of(PROGRAMME), 0);
		this.venues.add(venue);
		return venue;
	}

	Venue library() {
		return venue("Kåge bibliotek", "Skellefteå", weekdays(9, 18));
	}

	Person senior() {
		Person person = new Person(PersonKind.SENIOR, new PersonId(new UUID(2, ++this.serial)));
		person.yearOfBirth = 1945;
		this.people.add(person);
		return person;
	}

	Person mentor() {
		Person person = new Person(PersonKind.MENTOR, new PersonId(new UUID(3, ++this.serial)));
		person.yearOfBirth = 2000;
		person.capacity = 2;
		this.people.add(person);
		return person;
	}

	MatchingInput input() {
		return new MatchingInput(this.sessionMinutes, this.venues, this.people.stream().map(Person::view).toList(),
				this.neverPairs, this.requiredPreferences, this.weights,
				new CandidateRequest(PROGRAMME, this.kept, this.rejected, this.previous), TODAY);
	}

	CandidateSet candidates() {
		return CandidateSet.of(new CandidatePool(input()));
	}

	static WeeklyTimes weekdays(int from, int to) {
		List<TimeWindow> windows = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			windows.add(new TimeWindow(DayOfWeek.of(day), LocalTime.of(from, 0), LocalTime.of(to, 0)));
		}
		return new WeeklyTimes(windows);
	}

	static WeeklyTimes on(DayOfWeek day, int from, int to) {
		return WeeklyTimes.of(new TimeWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0)));
	}

	static List<LanguageCode> speaks(String... codes) {
		return java.util.Arrays.stream(codes).map(LanguageCode::new).toList();
	}

	/** A person being set up; every field has a default that passes every rule. */
	static final class Person {

		final PersonKind kind;

		final PersonId id;

		int yearOfBirth;

		Gender gender = Gender.WOMAN;

		@Nullable Gender preferredMentorGender;

		List<LanguageCode> languages = speaks("sv");

		Set<Device> devices = Set.of(Device.IPHONE);

		List<org.tandem.people.TopicWish> topics = List.of();

		WeeklyTimes availability = on(DayOfWeek.TUESDAY, 14, 16);

		Set<VenueId> venues = new HashSet<>();

		boolean homeVisits;

		@Nullable String city = "Skellefteå";

		int capacity = 1;

		boolean participationConsent = true;

		boolean guardianConsent;

		boolean backgroundCheckValid;

		Instant registeredAt = Instant.parse("2026-10-01T08:00:00Z");

		Person(PersonKind kind, PersonId id) {
			this.kind = kind;
			this.id = id;
		}

		Person at(Venue... venues) {
			for (Venue venue : venues) {
				this.venues.add(venue.id());
			}
			return this;
		}

		Person minor() {
			this.yearOfBirth = TODAY.getYear() - 16;
			this.guardianConsent = true;
			return this;
		}

		boolean isMinor() {
			return TODAY.getYear() - this.yearOfBirth <= 18;
		}

		Person topics(TopicId... topics) {
			List<org.tandem.people.TopicWish> wishes = new ArrayList<>();
			for (int i = 0; i < topics.length; i++) {
				wishes.add(new org.tandem.people.TopicWish(topics[i],
						(this.kind == PersonKind.SENIOR) ? Math.min(5, i + 1) : 1));
			}
			this.topics = wishes;
			return this;
		}

		PersonForMatching view() {
			return new PersonForMatching(this.id, this.kind, this.yearOfBirth, this.gender, this.preferredMentorGender,
					this.languages, this.devices, this.topics, this.availability, this.venues, this.homeVisits,
					this.city, this.capacity, this.participationConsent, this.guardianConsent,
					TODAY.getYear() - this.yearOfBirth <= 18, this.backgroundCheckValid, this.registeredAt);
		}

	}

}
