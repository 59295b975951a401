package org.tandem.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.Programmes;
import org.tandem.programmes.Term;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.Coordinates;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueId;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

/**
 * The demo organisation's programme, at the scale of Skellefteå's part of PLACE-EE: one
 * term, a school, two libraries and a care home, 25 pupils and 10 seniors. The people
 * come from the seeded generator, so the demo is the same on every machine.
 */
@Component
@Profile("demo")
class DemoProgramme {

	static final long SEED = 2017;

	private final Programmes programmes;

	private final Venues venues;

	private final People people;

	private final Curriculum curriculum;

	DemoProgramme(Programmes programmes, Venues venues, People people, Curriculum curriculum) {
		this.programmes = programmes;
		this.venues = venues;
		this.people = people;
		this.curriculum = curriculum;
	}

	/**
	 * What the demo programme was made of.
	 *
	 * @param programme the programme
	 * @param venues its venues, the town library first
	 * @param mentors its active mentors
	 * @param seniors its active seniors
	 */
	record Made(org.tandem.programmes.ProgrammeId programme, List<VenueId> venues, List<PersonId> mentors,
			List<PersonId> seniors) {
	}

	Made create(ZoneId zone) {
		int year = LocalDate.now(zone).getYear();
		Programme programme = this.programmes.create(new ProgrammeDetails("Digitala tandem HT " + year,
				"Elever från Kaplanskolan hjälper seniorer i Skellefteå med BankID, Swish, 1177 och videosamtal.",
				new Term(LocalDate.of(year, 8, 25), LocalDate.of(year, 12, 19)), 60));
		Set<org.tandem.programmes.ProgrammeId> inProgramme = Set.of(programme.id());
		List<VenueId> venues = new ArrayList<>();
		venues.add(venue("Skellefteå stadsbibliotek", VenueKind.LIBRARY, "Kanalgatan 43", "931 31",
				new Coordinates(64.7502, 20.9508), inProgramme, 16, weekdays(10, 19))
			.id());
		venues.add(venue("Kåge bibliotek", VenueKind.LIBRARY, "Kåge Centrum 1", "934 31",
				new Coordinates(64.8328, 20.9897), inProgramme, 8, weekdays(12, 18))
			.id());
		venues.add(venue("Kaplanskolan", VenueKind.SCHOOL, "Kanalgatan 60", "931 32", new Coordinates(64.7489, 20.9611),
				inProgramme, 30, weekdays(8, 17))
			.id());
		venues.add(venue("Solgårdens äldreboende", VenueKind.CARE_HOME, "Solgårdsvägen 2", "931 40",
				new Coordinates(64.7415, 20.9760), inProgramme, 12, weekdays(9, 16))
			.id());
		List<TopicId> topics = this.curriculum.topics().stream().map(Topic::id).toList();
		NordicPeople generator = new NordicPeople(SEED);
		Municipality skelleftea = generator.municipalities()
			.stream()
			.filter((municipality) -> municipality.name().equals("Skellefteå"))
			.findFirst()
			.orElseThrow();
		List<PersonId> seniors = new ArrayList<>();
		List<PersonId> mentors = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Person senior = this.people.register(PersonKind.SENIOR,
					generator.senior(skelleftea, topics, venues, inProgramme, year), PersonSource.MANUAL);
			if (i < 7) {
				this.people.recordConsent(senior.id(), ConsentPurpose.PARTICIPATION, ConsentGiver.PERSON, null,
						ConsentMethod.PAPER);
				this.people.activate(senior.id());
				seniors.add(senior.id());
			}
		}
		for (int i = 0; i < 25; i++) {
			Person mentor = this.people.register(PersonKind.MENTOR,
					generator.mentor(skelleftea, topics, venues, inProgramme, year), PersonSource.MANUAL);
			if (i < 18) {
				boolean minor = this.people.possiblyMinor(mentor);
				this.people.recordConsent(mentor.id(), ConsentPurpose.PARTICIPATION,
						minor ? ConsentGiver.GUARDIAN : ConsentGiver.PERSON, minor ? "Vårdnadshavare" : null,
						ConsentMethod.PAPER);
				this.people.activate(mentor.id());
				mentors.add(mentor.id());
			}
		}
		return new Made(programme.id(), venues, mentors, seniors);
	}

	private Venue venue(String name, VenueKind kind, String street, String postcode, Coordinates coordinates,
			Set<org.tandem.programmes.ProgrammeId> programmes, int capacity, WeeklyTimes hours) {
		return this.venues
			.create(new VenueDetails(name, kind, new Address(street, postcode, "Skellefteå", "Skellefteå"), null,
					coordinates, List.of(new RoomDetails(null, "Sal 1", capacity)), hours,
					EnumSet.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.HEARING_LOOP), null, null,
					programmes));
	}

	private static WeeklyTimes weekdays(int opens, int closes) {
		List<TimeWindow> windows = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			windows.add(new TimeWindow(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0)));
		}
		return new WeeklyTimes(windows);
	}

}
