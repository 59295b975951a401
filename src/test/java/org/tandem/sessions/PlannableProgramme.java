package org.tandem.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.tandem.curriculum.Device;
import org.tandem.matching.PairId;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.Pairs;
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
import org.tandem.venues.Room;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

/**
 * A programme to plan sessions in, written through the registry's public APIs into a test
 * organisation (time zone Europe/Stockholm): a term from August 2026 to December 2027 (or
 * around the clock's today, for tests that plan relative to it), a library open on
 * weekdays 9–18 with a study room for two and a large room for twelve, and active
 * Swedish-speaking people, free on Tuesday afternoons unless a test says otherwise, who
 * can be made into approved pairs.
 * <p>
 * Sessions in the past are refused, so a test that plans on fixed days sets the clock to
 * {@link #NOW} first (and back afterwards); one that plans "next Tuesday" asks for a term
 * {@link #around} the clock instead.
 */
public final class PlannableProgramme {

	public static final Term TERM = new Term(LocalDate.of(2026, 8, 17), LocalDate.of(2027, 12, 17));

	/**
	 * Sunday 22 November 2026, 10:00 in Stockholm: within {@link #TERM} and before every
	 * fixed day the tests plan on, so those days are still to come whatever the real
	 * date.
	 */
	public static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	public static final WeeklyTimes TUESDAY_AFTERNOONS = WeeklyTimes
		.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));

	public final ProgrammeId programme;

	public final Venue library;

	public final TestOrganisation organisation;

	private final Organisations organisations;

	private final People people;

	private final Pairs pairs;

	private PlannableProgramme(TestOrganisation organisation, Organisations organisations, ProgrammeId programme,
			Venue library, People people, Pairs pairs) {
		this.organisation = organisation;
		this.organisations = organisations;
		this.programme = programme;
		this.library = library;
		this.people = people;
		this.pairs = pairs;
	}

	/** A programme whose term is {@link #TERM}. */
	public static PlannableProgramme in(TestOrganisation organisation, Organisations organisations,
			Programmes programmes, Venues venues, People people, Pairs pairs) {
		return in(organisation, organisations, programmes, venues, people, pairs, TERM);
	}

	public static PlannableProgramme in(TestOrganisation organisation, Organisations organisations,
			Programmes programmes, Venues venues, People people, Pairs pairs, Term term) {
		Object[] made = new Object[2];
		organisations.actFor(organisation.organisation(), () -> {
			Programme programme = programmes
				.create(new ProgrammeDetails("Digital vardag " + System.nanoTime(), null, term, 60));
			made[0] = programme.id();
			made[1] = venues.create(new VenueDetails("Kåge bibliotek", VenueKind.LIBRARY,
					new Address("Storgatan 1", "93431", "Kåge", "Skellefteå"), null, null,
					List.of(new RoomDetails(null, "Studierummet", 2), new RoomDetails(null, "Stora rummet", 12)),
					weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)), Set.of(AccessibilityFeature.STEP_FREE_ACCESS),
					null, null, Set.of(programme.id())));
		});
		return new PlannableProgramme(organisation, organisations, (ProgrammeId) made[0], (Venue) made[1], people,
				pairs);
	}

	/**
	 * A term from a year before the clock's today to a year after it, for a test whose
	 * sessions are planned relative to the clock.
	 */
	public static Term around(Clock clock) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
		return new Term(today.minusYears(1), today.plusYears(1));
	}

	public static WeeklyTimes weekdays(LocalTime from, LocalTime to) {
		List<TimeWindow> windows = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			windows.add(new TimeWindow(day, from, to));
		}
		return new WeeklyTimes(windows);
	}

	public Room studyRoom() {
		return room("Studierummet");
	}

	public Room largeRoom() {
		return room("Stora rummet");
	}

	public Room room(String name) {
		return this.library.rooms().stream().filter((room) -> room.name().equals(name)).findFirst().orElseThrow();
	}

	public Location inStudyRoom() {
		return Location.room(this.library.id(), studyRoom().id());
	}

	public Location inLargeRoom() {
		return Location.room(this.library.id(), largeRoom().id());
	}

	/** An active senior free on Tuesday afternoons, who prefers the library. */
	public PersonId senior(String firstName, String lastName) {
		return senior(firstName, lastName, TUESDAY_AFTERNOONS, false);
	}

	public PersonId senior(String firstName, String lastName, WeeklyTimes availability, boolean homeVisits) {
		return active(PersonKind.SENIOR, profile(firstName, lastName, 1944, availability, homeVisits, 1));
	}

	/** An active adult mentor free on Tuesday afternoons, with room for three seniors. */
	public PersonId mentor(String firstName, String lastName) {
		return mentor(firstName, lastName, 1995, TUESDAY_AFTERNOONS, false);
	}

	public PersonId mentor(String firstName, String lastName, int yearOfBirth, WeeklyTimes availability,
			boolean homeVisits) {
		return active(PersonKind.MENTOR, profile(firstName, lastName, yearOfBirth, availability, homeVisits, 3));
	}

	/**
	 * An active senior free on Tuesday afternoons who is reached as they chose, speaking
	 * these languages, first language first.
	 */
	PersonId senior(String firstName, String lastName, ContactChannel channel, @Nullable String phone,
			@Nullable String email, String... languages) {
		return active(PersonKind.SENIOR, reachable(profile(firstName, lastName, 1944, TUESDAY_AFTERNOONS, false, 1),
				channel, phone, email, languages));
	}

	/** An active adult mentor free on Tuesday afternoons, reached as they chose. */
	PersonId mentor(String firstName, String lastName, ContactChannel channel, @Nullable String phone,
			@Nullable String email, String... languages) {
		return active(PersonKind.MENTOR, reachable(profile(firstName, lastName, 1995, TUESDAY_AFTERNOONS, false, 3),
				channel, phone, email, languages));
	}

	private static Profile reachable(Profile p, ContactChannel channel, @Nullable String phone, @Nullable String email,
			String... languages) {
		return new Profile(p.firstName(), p.lastName(), p.yearOfBirth(), p.gender(),
				(phone != null) ? PhoneNumber.parse(phone) : null, email, p.address(), channel,
				java.util.Arrays.stream(languages).map(LanguageCode::new).toList(), p.devices(), p.topics(),
				p.availability(), p.venues(), p.homeVisits(), p.accessibilityNeeds(), p.programmes(), p.school(),
				p.schoolClass(), p.capacity(), p.preferredMentorGender(), p.notes());
	}

	/** An approved pair, made by hand as a coordinator would. */
	public PairId pair(PersonId senior, PersonId mentor) {
		return as(() -> this.pairs.pairManually(this.programme, new PairOfPeople(senior, mentor)).id());
	}

	/** Runs work as the organisation. */
	public <T> T as(Supplier<T> work) {
		Object[] result = new Object[1];
		this.organisations.actFor(this.organisation.organisation(), () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	private Profile profile(String firstName, String lastName, int yearOfBirth, WeeklyTimes availability,
			boolean homeVisits, int capacity) {
		return new Profile(firstName, lastName, yearOfBirth, Gender.WOMAN, PhoneNumber.parse("070-123 45 67"), null,
				new PostalAddress("Storgatan 3", "934 31", "Skellefteå"), ContactChannel.SMS,
				List.of(new LanguageCode("sv")), Set.of(Device.IPHONE), List.of(), availability,
				Set.of(this.library.id()), homeVisits, Set.of(), Set.of(this.programme), null, null, capacity, null,
				null);
	}

	private PersonId active(PersonKind kind, Profile profile) {
		return as(() -> {
			Person person = this.people.register(kind, profile, PersonSource.MANUAL);
			this.people.recordConsent(person.id(), ConsentPurpose.PARTICIPATION,
					(kind == PersonKind.MENTOR && profile.yearOfBirth() > 2008) ? ConsentGiver.GUARDIAN
							: ConsentGiver.PERSON,
					(kind == PersonKind.MENTOR && profile.yearOfBirth() > 2008) ? "Förälder" : null,
					ConsentMethod.PAPER);
			this.people.activate(person.id());
			return person.id();
		});
	}

}
