package org.tandem.venues;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The venue table and its children, as both databases must behave: each test in a
 * transaction that is rolled back, on H2 in PostgreSQL mode or on PostgreSQL itself.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, VenueRepository.class })
abstract class VenueRepositoryContract {

	static final ProgrammeId AUTUMN = new ProgrammeId(UUID.randomUUID());

	static final ProgrammeId SPRING = new ProgrammeId(UUID.randomUUID());

	static final WeeklyTimes LIBRARY_HOURS = WeeklyTimes.of(window(DayOfWeek.MONDAY, "10:00", "19:00"),
			window(DayOfWeek.SATURDAY, "11:00", "15:00"), window(DayOfWeek.WEDNESDAY, "13:30", "17:45"),
			window(DayOfWeek.WEDNESDAY, "09:00", "12:00"));

	@Autowired
	VenueRepository venues;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	Tenancy tenancy;

	OrganisationId skelleftea;

	OrganisationId limerick;

	@BeforeEach
	void twoOrganisations() {
		this.skelleftea = newOrganisation("Skellefteå");
		this.limerick = newOrganisation("Limerick");
	}

	static TimeWindow window(DayOfWeek day, String opens, String closes) {
		return new TimeWindow(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

	OrganisationId newOrganisation(String name) {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		// The organisation is the tenant itself: making one cannot be scoped to it.
		this.jdbc.crossTenant("""
				insert into organisation (id, name, default_locale, time_zone, created_at)
				values (:id, :name, 'sv', 'Europe/Stockholm', current_timestamp)
				""").param("id", id.value()).param("name", name + " " + id).update();
		return id;
	}

	static VenueDetails place(String name, VenueKind kind, String city, String municipality,
			ProgrammeId... programmes) {
		return new VenueDetails(name, kind, new Address("Storgatan 1", "931 30", city, municipality), null, null,
				List.of(new RoomDetails(null, "Salen", 20)), WeeklyTimes.NONE, Set.of(), null, null,
				Set.of(programmes));
	}

	VenueId insert(OrganisationId organisation, VenueDetails details) {
		VenueId id = new VenueId(UUID.randomUUID());
		this.tenancy.runAs(organisation, () -> this.venues.insert(id, details, rooms(details)));
		return id;
	}

	static List<Room> rooms(VenueDetails details) {
		return details.rooms()
			.stream()
			.map((room) -> new Room((room.id() != null) ? room.id() : new RoomId(UUID.randomUUID()), room.name(),
					room.capacity()))
			.toList();
	}

	<T> T in(OrganisationId organisation, Supplier<T> work) {
		return this.tenancy.callAs(organisation, work);
	}

	static VenueQuery search(String text) {
		return new VenueQuery(text, null, null, null, 0, 50);
	}

	@Test
	void readsBackAVenueWithItsRoomsHoursFeaturesAndProgrammes() {
		VenueDetails library = new VenueDetails("Skellefteå stadsbibliotek", VenueKind.LIBRARY,
				new Address("Kanalgatan 50", "931 85", "Skellefteå", "Skellefteå"), "https://meet.example.se/bibblan",
				new Coordinates(64.750244, 20.950917),
				List.of(new RoomDetails(null, "Studierummet", 12), new RoomDetails(null, "Aulan", 80),
						new RoomDetails(null, "Lilla rummet", 4)),
				LIBRARY_HOURS, Set.of(AccessibilityFeature.HEARING_LOOP, AccessibilityFeature.STEP_FREE_ACCESS),
				"0910-73 50 00", "bibliotek@skelleftea.se", Set.of(AUTUMN, SPRING));
		VenueId id = insert(this.skelleftea, library);

		Venue saved = in(this.skelleftea, () -> this.venues.find(id)).orElseThrow();

		assertThat(saved.name()).isEqualTo("Skellefteå stadsbibliotek");
		assertThat(saved.kind()).isEqualTo(VenueKind.LIBRARY);
		assertThat(saved.address()).isEqualTo(new Address("Kanalgatan 50", "93185", "Skellefteå", "Skellefteå"));
		assertThat(saved.meetingLink()).isEqualTo("https://meet.example.se/bibblan");
		assertThat(saved.coordinates()).isEqualTo(new Coordinates(64.750244, 20.950917));
		assertThat(saved.rooms()).extracting(Room::name, Room::capacity)
			.containsExactly(tuple("Studierummet", 12), tuple("Aulan", 80), tuple("Lilla rummet", 4));
		assertThat(saved.openingHours()).isEqualTo(LIBRARY_HOURS);
		assertThat(saved.features()).containsExactly(AccessibilityFeature.STEP_FREE_ACCESS,
				AccessibilityFeature.HEARING_LOOP);
		assertThat(saved.phone()).isEqualTo("0910-73 50 00");
		assertThat(saved.email()).isEqualTo("bibliotek@skelleftea.se");
		assertThat(saved.programmes()).containsExactlyInAnyOrder(AUTUMN, SPRING);
		assertThat(saved.version()).isZero();
	}

	@Test
	void readsBackAnOnlineVenueWithoutAddressOrRooms() {
		VenueId id = insert(this.skelleftea, new VenueDetails("Digitala träffpunkten", VenueKind.ONLINE, null,
				"https://meet.example.se/tandem", null, List.of(), WeeklyTimes.NONE, Set.of(), null, null, Set.of()));

		Venue saved = in(this.skelleftea, () -> this.venues.find(id)).orElseThrow();

		assertThat(saved.address()).isNull();
		assertThat(saved.coordinates()).isNull();
		assertThat(saved.rooms()).isEmpty();
		assertThat(saved.openingHours().isEmpty()).isTrue();
		assertThat(saved.features()).isEmpty();
		assertThat(saved.programmes()).isEmpty();
	}

	@Test
	void insertsManyVenuesWithTheirChildrenInOneGo() {
		VenueDetails library = new VenueDetails("Kåge bibliotek", VenueKind.LIBRARY,
				new Address("Storgatan 12", "934 31", "Kåge", "Skellefteå"), null, new Coordinates(64.83, 21.01),
				List.of(new RoomDetails(null, "Läsesalen", 12), new RoomDetails(null, "Sagohörnan", 6)), LIBRARY_HOURS,
				Set.of(AccessibilityFeature.LIFT, AccessibilityFeature.HEARING_LOOP), "0910-73 52 00", null,
				Set.of(AUTUMN));
		VenueDetails online = new VenueDetails("Digitala träffpunkten", VenueKind.ONLINE, null,
				"https://meet.example.se/tandem", null, List.of(), WeeklyTimes.NONE, Set.of(), null, null, Set.of());
		VenueId first = new VenueId(UUID.randomUUID());
		VenueId second = new VenueId(UUID.randomUUID());

		this.tenancy.runAs(this.skelleftea,
				() -> this.venues.insertAll(List.of(new VenueRepository.NewVenue(first, library, rooms(library)),
						new VenueRepository.NewVenue(second, online, rooms(online)))));

		Venue kage = in(this.skelleftea, () -> this.venues.find(first)).orElseThrow();
		assertThat(kage.address()).isEqualTo(new Address("Storgatan 12", "93431", "Kåge", "Skellefteå"));
		assertThat(kage.coordinates()).isEqualTo(new Coordinates(64.83, 21.01));
		assertThat(kage.rooms()).extracting(Room::name, Room::capacity)
			.containsExactly(tuple("Läsesalen", 12), tuple("Sagohörnan", 6));
		assertThat(kage.openingHours()).isEqualTo(LIBRARY_HOURS);
		assertThat(kage.features()).containsExactly(AccessibilityFeature.LIFT, AccessibilityFeature.HEARING_LOOP);
		assertThat(kage.programmes()).containsExactly(AUTUMN);
		assertThat(in(this.skelleftea, () -> this.venues.find(second))).hasValueSatisfying((venue) -> {
			assertThat(venue.meetingLink()).isEqualTo("https://meet.example.se/tandem");
			assertThat(venue.rooms()).isEmpty();
		});
		assertThat(in(this.limerick, () -> this.venues.find(first))).isEmpty();
	}

	@Test
	void knowsTheNamesOfItsOwnOrganisationsVenuesOnly() {
		insert(this.skelleftea, place("Åsele BIBLIOTEK", VenueKind.LIBRARY, "Åsele", "Åsele"));
		insert(this.skelleftea, place("Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå"));
		insert(this.limerick, place("Limerick City Library", VenueKind.LIBRARY, "Limerick", "Limerick"));

		assertThat(in(this.skelleftea, () -> this.venues.nameKeys())).containsExactlyInAnyOrder("åsele bibliotek",
				"solgården");
		assertThat(in(this.limerick, () -> this.venues.nameKeys())).containsExactly("limerick city library");
	}

	@Test
	void findsAVenueOnlyInItsOwnOrganisation() {
		VenueId id = insert(this.skelleftea,
				place("Stadsbiblioteket", VenueKind.LIBRARY, "Skellefteå", "Skellefteå", AUTUMN));

		assertThat(in(this.limerick, () -> this.venues.find(id))).isEmpty();
		assertThat(in(this.limerick, () -> this.venues.findByName("Stadsbiblioteket"))).isEmpty();
		assertThat(in(this.limerick, () -> this.venues.page(search("")))).isEmpty();
		assertThat(in(this.limerick, () -> this.venues.count(search("")))).isZero();
		assertThat(in(this.limerick, () -> this.venues.inProgramme(AUTUMN))).isEmpty();
		assertThat(in(this.limerick, () -> this.venues.municipalities())).isEmpty();
		assertThat(in(this.limerick, () -> this.venues.names())).isEmpty();
	}

	@Test
	void searchesNameCityAndMunicipalityWithSwedishLettersRegardlessOfCase() {
		insert(this.skelleftea, place("Åsele bibliotek", VenueKind.LIBRARY, "Åsele", "Åsele"));
		insert(this.skelleftea, place("Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå"));
		insert(this.skelleftea, place("Ursviksskolan", VenueKind.SCHOOL, "Ursviken", "Skellefteå"));
		insert(this.limerick, place("Åsele Library", VenueKind.LIBRARY, "Åsele", "Åsele"));

		assertThat(in(this.skelleftea, () -> this.venues.page(search("åSELE B")))).extracting(Venue::name)
			.containsExactly("Åsele bibliotek");
		assertThat(in(this.skelleftea, () -> this.venues.page(search("byske")))).extracting(Venue::name)
			.containsExactly("Solgården");
		assertThat(in(this.skelleftea, () -> this.venues.page(search("SKELLEFTEÅ")))).extracting(Venue::name)
			.containsExactly("Solgården", "Ursviksskolan");
		assertThat(in(this.skelleftea, () -> this.venues.count(search("åsele")))).isEqualTo(1);
	}

	@Test
	void treatsWildcardsInASearchAsPlainText() {
		insert(this.skelleftea, place("Träffpunkt 100%", VenueKind.COMMUNITY_CENTRE, "Kåge", "Skellefteå"));
		insert(this.skelleftea, place("Kågeskolan", VenueKind.SCHOOL, "Kåge", "Skellefteå"));

		assertThat(in(this.skelleftea, () -> this.venues.count(search("%")))).isEqualTo(1);
		assertThat(in(this.skelleftea, () -> this.venues.count(search("_")))).isZero();
	}

	@Test
	void filtersByKindMunicipalityAndProgrammeTogether() {
		insert(this.skelleftea, place("Byske bibliotek", VenueKind.LIBRARY, "Byske", "Skellefteå", AUTUMN));
		insert(this.skelleftea, place("Kåge bibliotek", VenueKind.LIBRARY, "Kåge", "Skellefteå", SPRING));
		insert(this.skelleftea, place("Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå", AUTUMN, SPRING));
		insert(this.skelleftea, place("Norsjö bibliotek", VenueKind.LIBRARY, "Norsjö", "Norsjö", AUTUMN));

		assertThat(in(this.skelleftea,
				() -> this.venues.page(new VenueQuery("", AUTUMN, VenueKind.LIBRARY, "skellefteå", 0, 10))))
			.extracting(Venue::name)
			.containsExactly("Byske bibliotek");
		assertThat(in(this.skelleftea, () -> this.venues.page(new VenueQuery("", AUTUMN, null, null, 0, 10))))
			.extracting(Venue::name)
			.containsExactly("Byske bibliotek", "Norsjö bibliotek", "Solgården");
		assertThat(
				in(this.skelleftea, () -> this.venues.count(new VenueQuery("bibliotek", null, null, "Norsjö", 0, 10))))
			.isEqualTo(1);
		assertThat(in(this.skelleftea,
				() -> this.venues.count(new VenueQuery("", null, VenueKind.CARE_HOME, null, 0, 10))))
			.isEqualTo(1);
	}

	@Test
	void pagesInNameOrderWithinTheOrganisation() {
		insert(this.skelleftea, place("Cirkeln", VenueKind.COMMUNITY_CENTRE, "Skellefteå", "Skellefteå"));
		insert(this.skelleftea, place("Ankaret", VenueKind.COMMUNITY_CENTRE, "Skellefteå", "Skellefteå"));
		insert(this.skelleftea, place("Berget", VenueKind.COMMUNITY_CENTRE, "Skellefteå", "Skellefteå"));
		insert(this.skelleftea, place("Duvan", VenueKind.COMMUNITY_CENTRE, "Skellefteå", "Skellefteå"));
		insert(this.limerick, place("Aaron's", VenueKind.COMMUNITY_CENTRE, "Limerick", "Limerick"));

		List<Venue> second = in(this.skelleftea, () -> this.venues.page(new VenueQuery("", null, null, null, 1, 2)));

		assertThat(second).extracting(Venue::name).containsExactly("Cirkeln", "Duvan");
		assertThat(second.get(0).rooms()).hasSize(1);
		assertThat(in(this.skelleftea, () -> this.venues.count(search("")))).isEqualTo(4);
	}

	@Test
	void namesEveryVenueInNameOrderRegardlessOfCase() {
		VenueId berget = insert(this.skelleftea,
				place("berget", VenueKind.COMMUNITY_CENTRE, "Skellefteå", "Skellefteå"));
		VenueId ankaret = insert(this.skelleftea,
				place("Ankaret", VenueKind.COMMUNITY_CENTRE, "Skellefteå", "Skellefteå"));
		insert(this.limerick, place("Aaron's", VenueKind.COMMUNITY_CENTRE, "Limerick", "Limerick"));

		assertThat(in(this.skelleftea, () -> this.venues.names())).containsExactly(new VenueName(ankaret, "Ankaret"),
				new VenueName(berget, "berget"));
	}

	@Test
	void listsEveryVenueOfAProgramme() {
		insert(this.skelleftea, place("Byske bibliotek", VenueKind.LIBRARY, "Byske", "Skellefteå", AUTUMN));
		insert(this.skelleftea, place("Kåge bibliotek", VenueKind.LIBRARY, "Kåge", "Skellefteå", SPRING));
		insert(this.skelleftea, place("Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå", AUTUMN, SPRING));

		assertThat(in(this.skelleftea, () -> this.venues.inProgramme(AUTUMN))).extracting(Venue::name)
			.containsExactly("Byske bibliotek", "Solgården");
	}

	@Test
	void listsAProgrammesVenuesInSomeMunicipalitiesOrWithSomeIdsInTheSameOrder() {
		insert(this.skelleftea, place("Byske bibliotek", VenueKind.LIBRARY, "Byske", "Skellefteå", AUTUMN));
		VenueId lulea = insert(this.skelleftea,
				place("Luleå stadsbibliotek", VenueKind.LIBRARY, "Luleå", "Luleå", AUTUMN));
		insert(this.skelleftea, place("Kiruna bibliotek", VenueKind.LIBRARY, "Kiruna", "Kiruna", AUTUMN));
		insert(this.skelleftea, place("Kåge bibliotek", VenueKind.LIBRARY, "Kåge", "Skellefteå", SPRING));
		insert(this.skelleftea, place("Ankaret", VenueKind.CARE_HOME, "Byske", "Skellefteå", AUTUMN, SPRING));

		assertThat(in(this.skelleftea, () -> this.venues.inProgramme(AUTUMN, List.of("skellefteå"), List.of(lulea))))
			.extracting(Venue::name)
			.containsExactly("Ankaret", "Byske bibliotek", "Luleå stadsbibliotek");
		assertThat(in(this.skelleftea, () -> this.venues.inProgramme(AUTUMN, List.of(), List.of(lulea))))
			.extracting(Venue::name)
			.containsExactly("Luleå stadsbibliotek");
		assertThat(in(this.skelleftea, () -> this.venues.inProgramme(AUTUMN, List.of(), List.of()))).isEmpty();
		assertThat(in(this.limerick, () -> this.venues.inProgramme(AUTUMN, List.of("skellefteå"), List.of(lulea))))
			.isEmpty();
	}

	@Test
	void listsEachMunicipalityOnce() {
		insert(this.skelleftea, place("Byske bibliotek", VenueKind.LIBRARY, "Byske", "Skellefteå"));
		insert(this.skelleftea, place("Kåge bibliotek", VenueKind.LIBRARY, "Kåge", "skellefteå"));
		insert(this.skelleftea, place("Norsjö bibliotek", VenueKind.LIBRARY, "Norsjö", "Norsjö"));
		insert(this.skelleftea, new VenueDetails("Digitala träffpunkten", VenueKind.ONLINE, null,
				"https://meet.example.se/tandem", null, List.of(), WeeklyTimes.NONE, Set.of(), null, null, Set.of()));

		assertThat(in(this.skelleftea, () -> this.venues.municipalities())).hasSize(2)
			.contains("Norsjö")
			.containsAnyOf("Skellefteå", "skellefteå");
	}

	@Test
	void keepsNamesUniqueWithinAnOrganisationOnly() {
		insert(this.skelleftea, place("Stadsbiblioteket", VenueKind.LIBRARY, "Skellefteå", "Skellefteå"));
		insert(this.limerick, place("Stadsbiblioteket", VenueKind.LIBRARY, "Limerick", "Limerick"));

		assertThat(in(this.skelleftea, () -> this.venues.findByName(" stadsbiblioteket"))).isPresent();
		// Last: on PostgreSQL the refused insert ends the transaction.
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(this.skelleftea,
				place("STADSBIBLIOTEKET", VenueKind.LIBRARY, "Skellefteå", "Skellefteå")));
	}

	@Test
	void replacesTheChildrenOnAnEditAndRefusesAStaleOne() {
		VenueId id = insert(this.skelleftea,
				new VenueDetails("Solgården", VenueKind.CARE_HOME,
						new Address("Solvägen 3", "93431", "Byske", "Skellefteå"), null, null,
						List.of(new RoomDetails(null, "Dagrummet", 10)), LIBRARY_HOURS,
						Set.of(AccessibilityFeature.LIFT), null, null, Set.of(AUTUMN)));
		Venue before = in(this.skelleftea, () -> this.venues.find(id)).orElseThrow();
		RoomId dagrummet = before.rooms().get(0).id();
		VenueDetails edit = new VenueDetails("Solgården", VenueKind.CARE_HOME,
				new Address("Solvägen 3", "93431", "Byske", "Skellefteå"), null, null,
				List.of(new RoomDetails(null, "Biblioteket", 6), new RoomDetails(dagrummet, "Dagrummet", 14)),
				WeeklyTimes.of(window(DayOfWeek.TUESDAY, "14:00", "16:00")), Set.of(AccessibilityFeature.QUIET_ROOM),
				null, null, Set.of(SPRING));
		List<Room> rooms = List.of(new Room(new RoomId(UUID.randomUUID()), "Biblioteket", 6),
				new Room(dagrummet, "Dagrummet", 14));

		boolean first = in(this.skelleftea, () -> this.venues.update(id, 0, edit, rooms));
		boolean stale = in(this.skelleftea,
				() -> this.venues.update(id, 0, place("Gammal kopia", VenueKind.CARE_HOME, "Byske", "Skellefteå"),
						List.of(new Room(dagrummet, "Salen", 20))));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		Venue saved = in(this.skelleftea, () -> this.venues.find(id)).orElseThrow();
		assertThat(saved.version()).isEqualTo(1);
		assertThat(saved.rooms()).containsExactlyElementsOf(rooms);
		assertThat(saved.openingHours()).isEqualTo(WeeklyTimes.of(window(DayOfWeek.TUESDAY, "14:00", "16:00")));
		assertThat(saved.features()).containsExactly(AccessibilityFeature.QUIET_ROOM);
		assertThat(saved.programmes()).containsExactly(SPRING);
	}

	@Test
	void cannotEditAVenueOfAnotherOrganisation() {
		VenueId id = insert(this.skelleftea, place("Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå", AUTUMN));
		Venue before = in(this.skelleftea, () -> this.venues.find(id)).orElseThrow();

		boolean changed = in(this.limerick,
				() -> this.venues.update(id, 0, place("Kapad", VenueKind.SCHOOL, "Limerick", "Limerick"), List.of()));

		assertThat(changed).isFalse();
		assertThat(in(this.skelleftea, () -> this.venues.find(id))).contains(before);
	}

}
