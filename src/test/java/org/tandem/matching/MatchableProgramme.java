package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tandem.curriculum.Device;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.PhoneNumber;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.programmes.Term;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

/**
 * A small programme written through the registry's public APIs into a test organisation:
 * one library in Skellefteå open on weekdays, and people who speak Swedish, are free on
 * Tuesday afternoons, prefer the library, gave their consent and are active, so that
 * matching can pair them.
 */
final class MatchableProgramme {

	final ProgrammeId programme;

	final Venue library;

	private final TestOrganisation organisation;

	private final Organisations organisations;

	private final People people;

	private MatchableProgramme(TestOrganisation organisation, Organisations organisations, ProgrammeId programme,
			Venue library, People people) {
		this.organisation = organisation;
		this.organisations = organisations;
		this.programme = programme;
		this.library = library;
		this.people = people;
	}

	static MatchableProgramme in(TestOrganisation organisation, Organisations organisations, Programmes programmes,
			Venues venues, People people) {
		Object[] made = new Object[2];
		organisations.actFor(organisation.organisation(), () -> {
			Programme programme = programmes.create(new ProgrammeDetails("Digital vardag " + System.nanoTime(), null,
					new Term(LocalDate.of(2026, 8, 17), LocalDate.of(2027, 6, 11)), 60));
			List<TimeWindow> weekdays = new ArrayList<>();
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY)) {
				weekdays.add(new TimeWindow(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
			}
			made[0] = programme.id();
			made[1] = venues.create(new VenueDetails("Kåge bibliotek", VenueKind.LIBRARY,
					new Address("Storgatan 1", "93431", "Kåge", "Skellefteå"), null, null,
					List.of(new RoomDetails(null, "Stora rummet", 12)), new WeeklyTimes(weekdays),
					Set.of(AccessibilityFeature.STEP_FREE_ACCESS), null, null, Set.of(programme.id())));
		});
		return new MatchableProgramme(organisation, organisations, (ProgrammeId) made[0], (Venue) made[1], people);
	}

	/** An active senior who speaks these languages. */
	PersonId senior(String firstName, String... languages) {
		return active(PersonKind.SENIOR, profile(firstName, 1944, Gender.WOMAN, 1, languages));
	}

	/** An active adult mentor with room for this many seniors. */
	PersonId mentor(String firstName, int capacity, String... languages) {
		return active(PersonKind.MENTOR, profile(firstName, 1995, Gender.MAN, capacity, languages));
	}

	private Profile profile(String firstName, int yearOfBirth, Gender gender, int capacity, String... languages) {
		return new Profile(firstName, "Lindqvist", yearOfBirth, gender, PhoneNumber.parse("070-123 45 67"), null,
				new PostalAddress("Storgatan 3", "934 31", "Skellefteå"), ContactChannel.SMS,
				List.of(languages).stream().map(LanguageCode::new).toList(), Set.of(Device.IPHONE), List.of(),
				WeeklyTimes.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))),
				Set.of(this.library.id()), false, Set.of(), Set.of(this.programme), null, null, capacity, null, null);
	}

	/** An active person whose profile is the usual one, changed. */
	PersonId active(PersonKind kind, String firstName, int capacity, UnaryOperator<Profile> change) {
		return active(kind, change.apply(profile(firstName, (kind == PersonKind.MENTOR) ? 1995 : 1944,
				(kind == PersonKind.MENTOR) ? Gender.MAN : Gender.WOMAN, capacity, "sv")));
	}

	/** Changes a person's profile through the registry, as the edit page does. */
	void change(PersonId id, UnaryOperator<Profile> change) {
		change(this.organisations, this.people, this.organisation.organisation(), id, change);
	}

	/** Changes a person's profile through the given instance's registry. */
	static void change(Organisations organisations, People people, Organisation organisation, PersonId id,
			UnaryOperator<Profile> change) {
		organisations.actFor(organisation, () -> {
			Person person = people.get(id);
			people.change(id, person.version(), change.apply(person.profile()));
		});
	}

	/** The person withdraws their consent to take part, which makes them inactive. */
	void withdrawConsent(PersonId id) {
		this.organisations.actFor(this.organisation.organisation(), () -> this.people.consents(id)
			.stream()
			.filter((consent) -> consent.purpose() == ConsentPurpose.PARTICIPATION && consent.withdrawnAt() == null)
			.forEach((consent) -> this.people.withdrawConsent(consent.id())));
	}

	/** A background check valid from yesterday for a year. */
	void backgroundCheck(PersonId mentor, LocalDate today) {
		this.organisations.actFor(this.organisation.organisation(), () -> this.people.recordBackgroundCheck(mentor,
				today.minusDays(1), today.plusYears(1), "BR-" + System.nanoTime()));
	}

	static Profile speaking(Profile p, String... languages) {
		return new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(), p.address(),
				p.contactChannel(), List.of(languages).stream().map(LanguageCode::new).toList(), p.devices(),
				p.topics(), p.availability(), p.venues(), p.homeVisits(), p.accessibilityNeeds(), p.programmes(),
				p.school(), p.schoolClass(), p.capacity(), p.preferredMentorGender(), p.notes());
	}

	static Profile free(Profile p, WeeklyTimes availability) {
		return new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(), p.address(),
				p.contactChannel(), p.languages(), p.devices(), p.topics(), availability, p.venues(), p.homeVisits(),
				p.accessibilityNeeds(), p.programmes(), p.school(), p.schoolClass(), p.capacity(),
				p.preferredMentorGender(), p.notes());
	}

	static Profile withCapacity(Profile p, int capacity) {
		return new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(), p.address(),
				p.contactChannel(), p.languages(), p.devices(), p.topics(), p.availability(), p.venues(),
				p.homeVisits(), p.accessibilityNeeds(), p.programmes(), p.school(), p.schoolClass(), capacity,
				p.preferredMentorGender(), p.notes());
	}

	static Profile inTown(Profile p, String town) {
		return new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(),
				new PostalAddress("Storgatan 3", "934 31", town), p.contactChannel(), p.languages(), p.devices(),
				p.topics(), p.availability(), Set.of(), p.homeVisits(), p.accessibilityNeeds(), p.programmes(),
				p.school(), p.schoolClass(), p.capacity(), p.preferredMentorGender(), p.notes());
	}

	static Profile homeVisits(Profile p) {
		return new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(), p.phone(), p.email(), p.address(),
				p.contactChannel(), p.languages(), p.devices(), p.topics(), p.availability(), p.venues(), true,
				p.accessibilityNeeds(), p.programmes(), p.school(), p.schoolClass(), p.capacity(),
				p.preferredMentorGender(), p.notes());
	}

	private PersonId active(PersonKind kind, Profile profile) {
		PersonId[] id = new PersonId[1];
		this.organisations.actFor(this.organisation.organisation(), () -> {
			Person person = this.people.register(kind, profile, PersonSource.MANUAL);
			this.people.recordConsent(person.id(), ConsentPurpose.PARTICIPATION, ConsentGiver.PERSON, null,
					ConsentMethod.PAPER);
			this.people.activate(person.id());
			id[0] = person.id();
		});
		return id[0];
	}

}
