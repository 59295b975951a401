package org.tandem.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.Profile;
import org.tandem.people.Registration;
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
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueId;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

/**
 * Writes a national-scale programme straight into the database: venues across Sweden's
 * 290 municipalities (weighted by population), and mentors and seniors who live near
 * them, from the seeded generator, through the registry's batch inserts, with their
 * status, consents and background checks in the shares {@link NordicPeople} gives, so
 * that the programme can be matched. Used by the {@code national} profile and by the
 * benchmarks.
 */
@Component
class NationalDataset {

	private static final Logger log = LoggerFactory.getLogger(NationalDataset.class);

	private static final int BATCH = 5_000;

	private final Organisations organisations;

	private final Programmes programmes;

	private final Venues venues;

	private final People people;

	private final Curriculum curriculum;

	private final Clock clock;

	NationalDataset(Organisations organisations, Programmes programmes, Venues venues, People people,
			Curriculum curriculum, Clock clock) {
		this.clock = clock;
		this.organisations = organisations;
		this.programmes = programmes;
		this.venues = venues;
		this.people = people;
		this.curriculum = curriculum;
	}

	/**
	 * Creates an organisation named {@code name} and fills it.
	 * @return the organisation
	 */
	Organisation generate(String name, Size size, long seed) {
		Organisation organisation = this.organisations.create(name, Locale.forLanguageTag("sv"),
				ZoneId.of("Europe/Stockholm"));
		this.organisations.actFor(organisation,
				() -> fill(size, seed, LocalDate.now(this.clock.withZone(organisation.timeZone()))));
		return organisation;
	}

	private void fill(Size size, long seed, LocalDate today) {
		long start = System.nanoTime();
		int year = today.getYear();
		Programme programme = this.programmes.create(new ProgrammeDetails("Digitala tandem – hela Sverige", null,
				new Term(LocalDate.of(year, 1, 10), LocalDate.of(year, 12, 20)), 60));
		Set<ProgrammeId> inProgramme = Set.of(programme.id());
		List<TopicId> topics = this.curriculum.topics().stream().map(Topic::id).toList();
		NordicPeople generator = new NordicPeople(seed);
		Random random = new Random(seed + 1);
		Map<Municipality, List<VenueId>> venuesByHome = new HashMap<>();
		VenueKind[] kinds = { VenueKind.LIBRARY, VenueKind.LIBRARY, VenueKind.CARE_HOME, VenueKind.SCHOOL,
				VenueKind.COMMUNITY_CENTRE };
		for (int i = 0; i < size.venues(); i++) {
			Municipality home = (i < generator.municipalities().size()) ? generator.municipalities().get(i)
					: generator.municipality();
			VenueKind kind = kinds[random.nextInt(kinds.length)];
			VenueId id = this.venues
				.create(new VenueDetails(home.name() + " " + kindName(kind) + " " + (i + 1), kind,
						new Address("Storgatan " + (1 + random.nextInt(80)),
								String.format("%05d", 10_000 + random.nextInt(88_000)), home.name(), home.name()),
						null, null, List.of(new RoomDetails(null, "Sal 1", 8 + random.nextInt(30))), openingHours(kind),
						EnumSet.of(AccessibilityFeature.STEP_FREE_ACCESS), null, null, inProgramme))
				.id();
			venuesByHome.computeIfAbsent(home, (key) -> new ArrayList<>()).add(id);
		}
		log.info("National dataset: {} venues in {}", size.venues(), Duration.ofNanos(System.nanoTime() - start));
		write(PersonKind.SENIOR, size.seniors(),
				(home) -> generator.senior(home, topics, venuesByHome.getOrDefault(home, List.of()), inProgramme, year),
				generator, today);
		write(PersonKind.MENTOR, size.mentors(),
				(home) -> generator.mentor(home, topics, venuesByHome.getOrDefault(home, List.of()), inProgramme, year),
				generator, today);
		log.info("National dataset: {} seniors and {} mentors written in {}", size.seniors(), size.mentors(),
				Duration.ofNanos(System.nanoTime() - start));
	}

	private void write(PersonKind kind, int count, java.util.function.Function<Municipality, Profile> make,
			NordicPeople generator, LocalDate today) {
		for (int from = 0; from < count; from += BATCH) {
			List<Registration> batch = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + BATCH); i++) {
				batch.add(generator.registration(kind, make.apply(generator.municipality()), today));
			}
			this.people.registerAllWithConsents(kind, batch, PersonSource.IMPORT, (done) -> {
			});
		}
	}

	private static String kindName(VenueKind kind) {
		return switch (kind) {
			case LIBRARY -> "bibliotek";
			case CARE_HOME -> "äldreboende";
			case SCHOOL -> "skola";
			case COMMUNITY_CENTRE -> "träffpunkt";
			case ONLINE -> "online";
		};
	}

	/**
	 * Opening hours as such places keep them: libraries into the evening and on Saturday
	 * mornings, care homes in the daytime, schools until late afternoon, meeting places
	 * into the evening. Each holds both seniors' daytime and pupils' after-school hours.
	 */
	static WeeklyTimes openingHours(VenueKind kind) {
		List<TimeWindow> windows = new ArrayList<>();
		int[] hours = switch (kind) {
			case LIBRARY -> new int[] { 10, 19 };
			case CARE_HOME -> new int[] { 9, 17 };
			case SCHOOL -> new int[] { 8, 17 };
			case COMMUNITY_CENTRE, ONLINE -> new int[] { 9, 20 };
		};
		for (int day = 1; day <= 5; day++) {
			windows.add(new TimeWindow(DayOfWeek.of(day), LocalTime.of(hours[0], 0), LocalTime.of(hours[1], 0)));
		}
		if (kind == VenueKind.LIBRARY) {
			windows.add(new TimeWindow(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
		}
		return new WeeklyTimes(windows);
	}

	/**
	 * How big a dataset to make.
	 *
	 * @param seniors number of seniors
	 * @param mentors number of mentors
	 * @param venues number of venues
	 */
	record Size(int seniors, int mentors, int venues) {

		static final Size NATIONAL = new Size(100_000, 30_000, 2_000);

	}

}
