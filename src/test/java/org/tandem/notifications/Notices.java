package org.tandem.notifications;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.tandem.people.PersonId;

/**
 * Sessions and messages about them for tests: a Tuesday afternoon at Kåge library in
 * Skellefteå, with Amir.
 */
final class Notices {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Tuesday 1 December 2026, 14.00 to 15.00 in Stockholm. */
	static final ZonedDateTime START = ZonedDateTime.of(LocalDateTime.of(2026, 12, 1, 14, 0), STOCKHOLM);

	static final ZonedDateTime END = START.plusHours(1);

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private Notices() {
	}

	static SessionNotice atTheLibrary(MessageKind kind) {
		return new SessionNotice(kind, "Tandem", START, END,
				(kind == MessageKind.CHANGE) ? START.minusDays(1).minusHours(1) : null,
				SessionPlace.atVenue("Kåge bibliotek", "Kåge byväg 20", "Rum 2"), List.of("Amir"), "Skellefteå kommun");
	}

	static SessionNotice online(MessageKind kind) {
		return new SessionNotice(kind, "Videosamtal med familjen", START, END, null,
				SessionPlace.online(URI.create("https://meet.example.se/tandem-42")), List.of("Amir", "Sara"),
				"Skellefteå kommun");
	}

	static OutgoingMessage reminder(PersonId recipient, Channel channel, String address, Locale locale,
			Instant sendAt) {
		return new OutgoingMessage(recipient, channel, address, locale, atTheLibrary(MessageKind.REMINDER),
				"reminder:" + UUID.randomUUID() + ":" + recipient + ":P1D", sendAt);
	}

	/** A time as the outbox stores it, to the microsecond. */
	static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	static PersonId someone() {
		return new PersonId(UUID.randomUUID());
	}

	/** An e-mail address no other test uses. */
	static String uniqueEmail(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@tandem-test.example";
	}

	/** A Swedish mobile number no other test uses (in practice). */
	static String uniquePhone() {
		long digits = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L);
		return "+4670" + String.format(Locale.ROOT, "%08d", digits).substring(1);
	}

}
