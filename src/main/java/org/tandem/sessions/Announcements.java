package org.tandem.sessions;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.tandem.notifications.MessageKind;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.OutgoingMessage;
import org.tandem.notifications.SessionNotice;
import org.tandem.notifications.SessionPlace;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.ContactDetails;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.venues.Room;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * Writes messages about sessions to the people in them and hands them to the outbox:
 * confirmations, changes, cancellations and reminders. A piece of work (an event, a
 * reminder round) reads the people it concerns and their venues once, in a {@link Batch},
 * however many messages it sends.
 * <p>
 * Logs ids and counts only: names, addresses and numbers are personal data.
 */
@Component
class Announcements {

	private static final Logger log = LoggerFactory.getLogger(Announcements.class);

	private final Notifications notifications;

	private final People people;

	private final Venues venues;

	private final Organisations organisations;

	private final Clock clock;

	Announcements(Notifications notifications, People people, Venues venues, Organisations organisations, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.venues = venues;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** Messages to and about these people, in the current organisation. */
	Batch about(Collection<PersonId> everyone) {
		return new Batch(this.organisations.current(), this.people.contacts(everyone));
	}

	/** Where an occurrence takes place, as a message names it. */
	static SessionPlace place(Location location, Map<VenueId, Venue> venues) {
		return switch (location.place()) {
			case VENUE -> {
				Venue venue = venues.get(location.venue());
				if (venue == null) {
					throw new IllegalStateException("Venue " + location.venue() + " was not read");
				}
				String room = (location.room() != null) ? venue.room(location.room()).map(Room::name).orElse(null)
						: null;
				yield SessionPlace.atVenue(venue.name(), streetAddress(venue), room);
			}
			case ONLINE -> SessionPlace.online(URI.create(String.valueOf(location.meetingLink())));
			case HOME -> SessionPlace.atHome();
		};
	}

	/** "Storgatan 1, 934 31 Kåge", or {@code null} for a venue with no address. */
	static @Nullable String streetAddress(Venue venue) {
		return (venue.address() == null) ? null
				: venue.address().street() + ", " + venue.address().writtenPostcode() + " " + venue.address().city();
	}

	/**
	 * The messages of one piece of work, with the people and venues it needs read once.
	 */
	final class Batch {

		private final Organisation organisation;

		private final Map<PersonId, ContactDetails> contacts;

		private final Map<VenueId, Venue> venues = new HashMap<>();

		private int sent;

		private Batch(Organisation organisation, Map<PersonId, ContactDetails> contacts) {
			this.organisation = organisation;
			this.contacts = contacts;
		}

		/**
		 * Asks the outbox for one message about an occurrence, unless the recipient
		 * cannot be reached by message.
		 * @param participants everyone booked in it, the recipient among them; the others
		 * are named by first name
		 * @param previousStart for a change, when it was to start before
		 * @return whether a new message was queued (false for a dedupe key seen before,
		 * or a recipient who gets no messages)
		 */
		boolean send(Occurrence occurrence, MessageKind kind, @Nullable Instant previousStart, PersonId recipient,
				List<PersonId> participants, String dedupeKey) {
			ContactDetails contact = this.contacts.get(recipient);
			Optional<Reach> reach = (contact != null) ? Reach.of(contact, this.organisation.defaultLocale())
					: Optional.empty();
			if (reach.isEmpty()) {
				return false;
			}
			ZoneId zone = this.organisation.timeZone();
			List<String> others = participants.stream()
				.filter((person) -> !person.equals(recipient))
				.map(this.contacts::get)
				.filter((other) -> other != null)
				.map(ContactDetails::firstName)
				.toList();
			SessionNotice notice = new SessionNotice(kind, occurrence.title(), zoned(occurrence.start(), zone),
					zoned(occurrence.end(), zone), (previousStart != null) ? zoned(previousStart, zone) : null,
					place(occurrence.location(), venuesFor(occurrence.location())), others, this.organisation.name());
			boolean queued = Announcements.this.notifications
				.enqueue(new OutgoingMessage(recipient, reach.get().channel(), reach.get().address(),
						reach.get().locale(), notice, dedupeKey, Announcements.this.clock.instant()));
			if (queued) {
				this.sent++;
			}
			return queued;
		}

		/** How many new messages this batch queued. */
		int sent() {
			return this.sent;
		}

		private Map<VenueId, Venue> venuesFor(Location location) {
			VenueId venue = location.venue();
			if (venue != null) {
				this.venues.computeIfAbsent(venue, Announcements.this.venues::get);
			}
			return this.venues;
		}

		private static ZonedDateTime zoned(Instant instant, ZoneId zone) {
			return instant.atZone(zone);
		}

	}

	static void logged(String what, int sent) {
		if (sent > 0) {
			log.info("{}: {} messages queued", what, sent);
		}
	}

}
