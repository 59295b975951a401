package org.tandem.venues;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VenueDetailsTest {

	static final Address KANALGATAN = new Address("Kanalgatan 50", "931 85", "Skellefteå", "Skellefteå");

	static final List<RoomDetails> ONE_ROOM = List.of(new RoomDetails(null, "Studierummet", 12));

	static VenueDetails place(@Nullable Address address, List<RoomDetails> rooms) {
		return new VenueDetails("Stadsbiblioteket", VenueKind.LIBRARY, address, null, null, rooms, WeeklyTimes.NONE,
				Set.of(), null, null, Set.of());
	}

	static VenueDetails online(@Nullable Address address, @Nullable String link) {
		return new VenueDetails("Digitala träffpunkten", VenueKind.ONLINE, address, link, null, List.of(),
				WeeklyTimes.NONE, Set.of(), null, null, Set.of());
	}

	static VenueDetails withContact(@Nullable String phone, @Nullable String email) {
		return new VenueDetails("Stadsbiblioteket", VenueKind.LIBRARY, KANALGATAN, null, null, ONE_ROOM,
				WeeklyTimes.NONE, Set.of(), phone, email, Set.of());
	}

	static void assertRefused(Runnable making, String field, String rule) {
		assertThatExceptionOfType(VenueRefused.class).isThrownBy(making::run).satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.rule()).isEqualTo(rule);
		});
	}

	@Test
	void aPlaceNeedsAnAddress() {
		assertRefused(() -> place(null, ONE_ROOM), "street", "AddressRequired");
	}

	@Test
	void aPlaceNeedsARoom() {
		assertRefused(() -> place(KANALGATAN, List.of()), "rooms", "RoomRequired");
	}

	@Test
	void anOnlineVenueNeedsAMeetingLinkAndNoRooms() {
		VenueDetails online = online(null, " https://meet.example.se/tandem ");

		assertThat(online.meetingLink()).isEqualTo("https://meet.example.se/tandem");
		assertThat(online.rooms()).isEmpty();
		assertRefused(() -> online(null, " "), "meetingLink", "MeetingLinkRequired");
	}

	@Test
	void anOnlineVenueHasNoAddress() {
		assertRefused(() -> online(KANALGATAN, "https://meet.example.se/tandem"), "street", "OnlineVenueHasNoAddress");
	}

	@ParameterizedTest
	@ValueSource(strings = { "meet.example.se/tandem", "ftp://example.se/room", "https://", "javascript:alert(1)",
			"https://exa mple.se" })
	void aMeetingLinkIsAWebAddress(String link) {
		assertRefused(() -> online(null, link), "meetingLink", "MeetingLinkInvalid");
	}

	@Test
	void roomNamesDifferWithinAVenue() {
		assertRefused(
				() -> place(KANALGATAN,
						List.of(new RoomDetails(null, "Studierummet", 12), new RoomDetails(null, "studierummet ", 4))),
				"rooms", "RoomNameRepeated");
	}

	@Test
	void acceptsPhoneNumbersAsSwedesWriteThem() {
		assertThat(withContact("0910-73 50 00", null).phone()).isEqualTo("0910-73 50 00");
		assertThat(withContact(" +46  70 123 45 67 ", null).phone()).isEqualTo("+46 70 123 45 67");
		assertThat(withContact("08 (123) 456", null).phone()).isEqualTo("08 (123) 456");
		assertThat(withContact(" ", null).phone()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "0910-73 50 00 ext 5", "call us", "+46 70 123 45 67 89 01 23", "--" })
	void refusesWhatIsNotAPhoneNumber(String phone) {
		assertRefused(() -> withContact(phone, null), "phone", "PhoneNumberInvalid");
	}

	@Test
	void refusesWhatIsNotAnEmailAddress() {
		assertThat(withContact(null, " bibliotek@skelleftea.se ").email()).isEqualTo("bibliotek@skelleftea.se");
		assertRefused(() -> withContact(null, "bibliotek at skelleftea"), "email", "EmailInvalid");
	}

	@Test
	void keepsFeaturesInTheirOrderAndOpeningHoursMerged() {
		VenueDetails details = new VenueDetails("Stadsbiblioteket", VenueKind.LIBRARY, KANALGATAN, null, null, ONE_ROOM,
				WeeklyTimes.of(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(19, 0)),
						new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(13, 0))),
				Set.of(AccessibilityFeature.QUIET_ROOM, AccessibilityFeature.LIFT), null, null, Set.of());

		assertThat(details.features()).containsExactly(AccessibilityFeature.LIFT, AccessibilityFeature.QUIET_ROOM);
		assertThat(details.openingHours().windows())
			.containsExactly(new TimeWindow(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(19, 0)));
		assertThat(EnumSet.copyOf(details.features())).hasSize(2);
	}

}
