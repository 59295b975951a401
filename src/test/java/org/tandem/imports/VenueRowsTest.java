package org.tandem.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.Coordinates;
import org.tandem.venues.KnownVenueNames;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Lists of venues read row by row with the venues module's own rules: every bad row with
 * its line, column, field and the rule's own message; the words Swedish and English lists
 * use for kinds, accessibility and opening hours; a room given only by its capacity; and
 * venues the organisation or an earlier row already names, whatever the letter case.
 */
class VenueRowsTest {

	static final String MAIN_ROOM = "Stora rummet";

	static RowChecks.Checked<VenueDetails> check(Table table) {
		return check(table, KnownVenueNames.none());
	}

	static RowChecks.Checked<VenueDetails> check(Table table, KnownVenueNames known) {
		return RowChecks.check(table, ColumnMapping.propose(table.headers(), ImportKind.VENUE),
				new VenueRows(known, MAIN_ROOM));
	}

	static Table csv(String text) {
		return TableReader.read(text.getBytes(StandardCharsets.UTF_8));
	}

	static TimeWindow window(DayOfWeek day, String opens, String closes) {
		return new TimeWindow(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

	/** A small list of venues as Excel saves it, with numbers typed as numbers. */
	static byte[] workbook() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Tandem test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Platser");
			List<String> headers = List.of("Namn", "Typ", "Gatuadress", "Postnummer", "Ort", "Kommun", "Latitud",
					"Longitud", "Rum", "Antal platser");
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, headers.get(column));
			}
			List<Object> row = List.of("Lycksele bibliotek", "bibliotek", "Torget 2", "92130", "Lycksele", "Lycksele",
					64.5954, 18.6735, "Läsesalen", 30);
			for (int column = 0; column < row.size(); column++) {
				if (row.get(column) instanceof Number number) {
					sheet.value(1, column, number);
				}
				else {
					sheet.value(1, column, (String) row.get(column));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Test
	void reportsEachBadVenueRowWithItsLineColumnAndTheVenueRulesOwnMessage() {
		RowChecks.Checked<VenueDetails> checked = check(
				TableReader.read(TableReaderTest.resource("venues-utf8-bom.csv")));

		assertThat(checked.rows()).isEqualTo(10);
		assertThat(checked.errors())
			.extracting(RowError::line, RowError::column, RowError::field, RowError::rule, RowError::messageKey,
					RowError::arguments, RowError::value)
			.containsExactly(
					tuple(4, "Postnummer", ImportField.POSTCODE, "Postcode", "venues.postcodeInvalid",
							List.of("934 3X"), "934 3X"),
					tuple(6, "Typ", ImportField.VENUE_KIND, "VenueKindUnknown", "imports.rule.VenueKindUnknown",
							List.of("festlokal"), "festlokal"),
					tuple(7, "Platser", ImportField.ROOM_CAPACITY, "RoomCapacityTooSmall",
							"venues.roomCapacityTooSmall", List.of("Aulan", "0"), "0"),
					tuple(8, "Latitud", ImportField.LATITUDE, "CoordinatesOutOfRange", "venues.coordinatesOutOfRange",
							List.of("-90", "90"), "95,5"),
					tuple(9, "Länk", ImportField.MEETING_LINK, "MeetingLinkRequired", "venues.meetingLinkRequired",
							List.of(), null));
		assertThat(checked.rowsWithErrors()).isEqualTo(5);
		assertThat(checked.duplicates()).isEqualTo(1);
		assertThat(checked.accepted()).extracting(VenueDetails::name)
			.containsExactly("Skellefteå stadsbibliotek", "Ursviks fritidsgård", "Träffpunkt Älvsbacka",
					"Digitalt kafé");
	}

	@Test
	void readsEveryFieldOfAVenueFromASemicolonListWithABom() {
		List<VenueDetails> venues = check(TableReader.read(TableReaderTest.resource("venues-utf8-bom.csv"))).accepted();

		VenueDetails library = venues.get(0);
		assertThat(library.kind()).isEqualTo(VenueKind.LIBRARY);
		assertThat(library.address()).isEqualTo(new Address("Kanalgatan 50", "93185", "Skellefteå", "Skellefteå"));
		assertThat(library.coordinates()).isEqualTo(new Coordinates(64.750244, 20.950917));
		assertThat(library.rooms()).containsExactly(new RoomDetails(null, "Studierummet", 12));
		assertThat(library.features()).containsExactlyInAnyOrder(AccessibilityFeature.HEARING_LOOP,
				AccessibilityFeature.LIFT);
		assertThat(library.openingHours()).isEqualTo(new WeeklyTimes(
				List.of(window(DayOfWeek.MONDAY, "10:00", "19:00"), window(DayOfWeek.TUESDAY, "10:00", "19:00"),
						window(DayOfWeek.WEDNESDAY, "10:00", "19:00"), window(DayOfWeek.THURSDAY, "10:00", "19:00"),
						window(DayOfWeek.FRIDAY, "10:00", "19:00"), window(DayOfWeek.SATURDAY, "11:00", "15:00"))));
		assertThat(library.phone()).isEqualTo("0910-73 50 00");
		assertThat(library.email()).isEqualTo("bibliotek@skelleftea.se");
		VenueDetails youthClub = venues.get(1);
		assertThat(youthClub.kind()).isEqualTo(VenueKind.COMMUNITY_CENTRE);
		assertThat(youthClub.rooms()).containsExactly(new RoomDetails(null, MAIN_ROOM, 25));
		assertThat(youthClub.features()).containsExactlyInAnyOrder(AccessibilityFeature.STEP_FREE_ACCESS,
				AccessibilityFeature.ACCESSIBLE_TOILET);
		assertThat(youthClub.phone()).isEqualTo("070-123 45 67");
		VenueDetails online = venues.get(3);
		assertThat(online.kind()).isEqualTo(VenueKind.ONLINE);
		assertThat(online.address()).isNull();
		assertThat(online.meetingLink()).isEqualTo("https://meet.example.se/kafe");
		assertThat(online.rooms()).isEmpty();
	}

	@Test
	void readsACommaSeparatedWindows1252ListWithQuotedCommas() {
		Table table = TableReader.read(TableReaderTest.resource("venues-windows-1252.csv"));

		RowChecks.Checked<VenueDetails> checked = check(table);

		assertThat(table.encoding()).isEqualTo("windows-1252");
		assertThat(table.separator()).isEqualTo(",");
		assertThat(ColumnMapping.propose(table.headers(), ImportKind.VENUE).fields()).containsExactly(ImportField.NAME,
				ImportField.VENUE_KIND, ImportField.STREET, ImportField.POSTCODE, ImportField.CITY,
				ImportField.MUNICIPALITY, ImportField.PHONE, ImportField.ROOM_NAME, ImportField.ROOM_CAPACITY,
				ImportField.ACCESSIBILITY_FEATURES, ImportField.OPENING_HOURS, ImportField.LATITUDE,
				ImportField.LONGITUDE);
		assertThat(checked.errors()).isEmpty();
		assertThat(checked.accepted())
			.extracting(VenueDetails::name, VenueDetails::kind, (venue) -> venue.address().city())
			.containsExactly(tuple("Åsele bibliotek", VenueKind.LIBRARY, "Åsele"),
					tuple("Äldreboendet Björkgården", VenueKind.CARE_HOME, "Åsele"),
					tuple("Öjeby fritidsgård", VenueKind.COMMUNITY_CENTRE, "Öjebyn"));
		assertThat(checked.accepted().get(0).coordinates()).isEqualTo(new Coordinates(64.1603, 17.3503));
		assertThat(checked.accepted().get(0).openingHours().windows()).hasSize(6);
		assertThat(checked.accepted().get(1).address().street()).isEqualTo("Skolgatan 2, ingång B");
		assertThat(checked.accepted().get(2).phone()).isEqualTo("+46 911 123 45");
		assertThat(checked.accepted().get(2).rooms()).containsExactly(new RoomDetails(null, MAIN_ROOM, 20));
	}

	@Test
	void readsAWorkbookWithCoordinatesAndCapacityTypedAsNumbers() {
		RowChecks.Checked<VenueDetails> checked = check(TableReader.read(workbook()));

		assertThat(checked.errors()).isEmpty();
		VenueDetails lycksele = checked.accepted().get(0);
		assertThat(lycksele.coordinates()).isEqualTo(new Coordinates(64.5954, 18.6735));
		assertThat(lycksele.rooms()).containsExactly(new RoomDetails(null, "Läsesalen", 30));
		assertThat(lycksele.address().postcode()).isEqualTo("92130");
	}

	@Test
	void listsEveryProblemOfARowEvenThoseTheVenueFindsOneAtATime() {
		Table table = csv(
				"""
						Namn;Typ;Adress;Postnummer;Ort;Kommun;Telefon;E-post;Länk;Rum;Platser;Tillgänglighet;Öppettider;Lat
						;skola;Storgatan 1;931 30;Skellefteå;Skellefteå;;;;;;;;
						Solgården;äldreboende;Solvägen 3;93431;Byske;Skellefteå;ring mig;solgården(at)example.se;ftp://x;Dagrummet;tio;hiss, rutschkana;måndagar ibland;norr
						Kåge bibliotek;bibliotek;Storgatan 12;934 31;Kåge;;;;;Sagohörnan;;;;
						Digitala rummet;online;Storgatan 1;931 30;Skellefteå;Skellefteå;;;https://meet.example.se/rum;;;;;
						""");

		RowChecks.Checked<VenueDetails> checked = check(table);

		assertThat(checked.errors()).extracting(RowError::line, RowError::field, RowError::rule)
			.containsExactly(tuple(2, ImportField.NAME, "VenueNameRequired"),
					tuple(3, ImportField.LATITUDE, "DegreesUnreadable"),
					tuple(3, ImportField.ROOM_CAPACITY, "NumberUnreadable"),
					tuple(3, ImportField.ACCESSIBILITY_FEATURES, "FeatureUnknown"),
					tuple(3, ImportField.OPENING_HOURS, "OpeningHoursUnreadable"),
					tuple(4, ImportField.MUNICIPALITY, "AddressIncomplete"),
					tuple(4, ImportField.ROOM_CAPACITY, "RoomCapacityRequired"),
					tuple(5, ImportField.STREET, "OnlineVenueHasNoAddress"));
		assertThat(checked.errors().get(3).arguments()).containsExactly("rutschkana");
		assertThat(checked.errors().get(6).arguments()).containsExactly("Sagohörnan");
		assertThat(checked.errors().get(5).messageKey()).isEqualTo("venues.addressIncomplete");
	}

	@Test
	void reportsAPhoneAnEmailAndALinkTheVenueRefusesTogether() {
		Table table = csv("""
				Namn;Typ;Adress;Postnummer;Ort;Kommun;Telefon;E-post;Länk;Platser
				Solgården;äldreboende;Solvägen 3;93431;Byske;Skellefteå;ring mig;solgården(at)example.se;ftp://x;10
				""");

		RowChecks.Checked<VenueDetails> checked = check(table);

		assertThat(checked.errors()).extracting(RowError::column, RowError::rule, RowError::messageKey)
			.containsExactly(tuple("Länk", "MeetingLinkInvalid", "venues.meetingLinkInvalid"),
					tuple("Telefon", "PhoneNumberInvalid", "venues.phoneInvalid"),
					tuple("E-post", "EmailInvalid", "venues.emailInvalid"));
		assertThat(checked.rowsWithErrors()).isEqualTo(1);
		assertThat(checked.accepted()).isEmpty();
	}

	@Test
	void readsSwedishAndEnglishWordsForKindsFeaturesAndOpeningHours() {
		assertThat(List
			.of("Bibliotek", "folkbibliotek", "LIBRARY", "Äldreboende", "särskilt boende", "Care home", "Grundskola",
					"gymnasium", "School", "Träffpunkt", "Fritidsgård", "Community centre", "COMMUNITY_CENTRE",
					"online", "Digitalt", "på distans")
			.stream()
			.map((word) -> CellValues.venueKind(word).orElse(null))
			.toList()).containsExactly(VenueKind.LIBRARY, VenueKind.LIBRARY, VenueKind.LIBRARY, VenueKind.CARE_HOME,
					VenueKind.CARE_HOME, VenueKind.CARE_HOME, VenueKind.SCHOOL, VenueKind.SCHOOL, VenueKind.SCHOOL,
					VenueKind.COMMUNITY_CENTRE, VenueKind.COMMUNITY_CENTRE, VenueKind.COMMUNITY_CENTRE,
					VenueKind.COMMUNITY_CENTRE, VenueKind.ONLINE, VenueKind.ONLINE, VenueKind.ONLINE);
		assertThat(CellValues.venueKind("festlokal")).isEmpty();
		assertThat(CellValues.features("Hiss; hörslinga / Trappfri entré och RWC, parkering nära entrén").values())
			.containsExactlyInAnyOrder(AccessibilityFeature.LIFT, AccessibilityFeature.HEARING_LOOP,
					AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.ACCESSIBLE_TOILET,
					AccessibilityFeature.PARKING);
		assertThat(CellValues.features("Lift, hearing loop, quiet room, near a bus or train stop").values())
			.containsExactlyInAnyOrder(AccessibilityFeature.LIFT, AccessibilityFeature.HEARING_LOOP,
					AccessibilityFeature.QUIET_ROOM, AccessibilityFeature.NEAR_PUBLIC_TRANSPORT);
		assertThat(CellValues.openingHours("Mån–Fre 9.30–16, Lör kl. 11:00-14:00; sön stängt"))
			.contains(new WeeklyTimes(
					List.of(window(DayOfWeek.MONDAY, "09:30", "16:00"), window(DayOfWeek.TUESDAY, "09:30", "16:00"),
							window(DayOfWeek.WEDNESDAY, "09:30", "16:00"), window(DayOfWeek.THURSDAY, "09:30", "16:00"),
							window(DayOfWeek.FRIDAY, "09:30", "16:00"), window(DayOfWeek.SATURDAY, "11:00", "14:00"))));
		assertThat(CellValues.openingHours("Tue 13-16, Thursday 9-12")).contains(WeeklyTimes
			.of(window(DayOfWeek.TUESDAY, "13:00", "16:00"), window(DayOfWeek.THURSDAY, "09:00", "12:00")));
		assertThat(CellValues.openingHours("alla dagar 8-20"))
			.hasValueSatisfying((hours) -> assertThat(hours.windows()).hasSize(7)
				.allMatch((w) -> w.start().equals(LocalTime.of(8, 0))));
		assertThat(CellValues.openingHours("fre-mån 10-18")).isEmpty();
		assertThat(CellValues.openingHours("mån 18-10")).isEmpty();
		assertThat(CellValues.openingHours("mån 10-25")).isEmpty();
		assertThat(CellValues.openingHours("ibland")).isEmpty();
		assertThat(CellValues.degrees("64,7502")).contains(64.7502);
		assertThat(CellValues.degrees("-20.95")).contains(-20.95);
		assertThat(CellValues.degrees("64°45'N")).isEmpty();
	}

	@Test
	void skipsVenuesTheOrganisationHasAndRepeatsWithinTheFileWhateverTheCase() {
		KnownVenueNames known = KnownVenueNames.none();
		check(csv("Namn;Typ;Länk\nDigitalt kafé;online;https://meet.example.se/kafe"), known).accepted()
			.forEach(known::add);
		Table table = csv("""
				Namn;Typ;Länk
				DIGITALT KAFÉ;online;https://meet.example.se/kafe
				Digitala träffen;online;https://meet.example.se/traffen
				 digitala träffen ;online;https://meet.example.se/annan
				""");

		RowChecks.Checked<VenueDetails> checked = check(table, known);

		assertThat(checked.errors()).isEmpty();
		assertThat(checked.duplicates()).isEqualTo(2);
		assertThat(checked.accepted()).extracting(VenueDetails::name).containsExactly("Digitala träffen");
	}

	@Test
	void matchesVenueColumnsOnlyInAListOfVenues() {
		List<String> headers = List.of("Namn", "Typ", "Kapacitet", "Tillgänglighet", "Skola", "Förnamn");

		assertThat(ColumnMapping.propose(headers, ImportKind.VENUE).fields()).containsExactly(ImportField.NAME,
				ImportField.VENUE_KIND, ImportField.ROOM_CAPACITY, ImportField.ACCESSIBILITY_FEATURES, null, null);
		assertThat(ColumnMapping.propose(headers, ImportKind.MENTOR).fields()).containsExactly(null, null,
				ImportField.CAPACITY, ImportField.ACCESSIBILITY_NEEDS, ImportField.SCHOOL, ImportField.FIRST_NAME);
		assertThat(ColumnMapping.propose(List.of("Namn", "Rum", "Latitud", "Ort"), ImportKind.VENUE)
			.missing(ImportKind.VENUE)).containsExactly("VENUE_KIND", "VENUE_ADDRESS", "COORDINATES", "ROOM_CAPACITY");
		assertThat(new ColumnMapping(java.util.Arrays.asList(ImportField.NAME, ImportField.FIRST_NAME))
			.fits(ImportKind.VENUE)).isFalse();
	}

}
