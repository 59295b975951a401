package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.people.ContactChannel;
import org.tandem.people.PersonId;
import org.tandem.people.PhoneNumber;
import org.tandem.venues.Venue;

/**
 * The venue staff's list for one day at one venue: every meeting there that day, and
 * those that were to be there that day and have been moved away or called off, in time
 * order, each with the seniors and whether staff must tell them in person. A senior who
 * chose a phone call, a letter or the venue's staff, or who has no usable number or
 * address for the channel they chose, gets no message from Tandem and is on this list to
 * be told.
 *
 * @param venue the venue
 * @param day the day, in the organisation's time zone
 * @param zone the organisation's time zone, which the times are shown in
 * @param entries the meetings, in time order
 */
public record DayList(Venue venue, LocalDate day, ZoneId zone, List<Entry> entries) {

	public DayList {
		entries = List.copyOf(entries);
	}

	/** What has become of a meeting on the list. */
	public enum Status {

		/** It takes place at the venue that day. */
		TAKES_PLACE,

		/** It was to take place at the venue that day and has been moved elsewhere. */
		MOVED_AWAY,

		/** It was to take place and has been called off. */
		CANCELLED

	}

	/** How a senior hears of a meeting, or of its change. */
	public enum Told {

		/** By text message. */
		SMS,

		/** By e-mail. */
		EMAIL,

		/** By the venue's staff, in person or on the phone: no message reaches them. */
		IN_PERSON

	}

	/**
	 * One meeting on the list.
	 *
	 * @param occurrence the occurrence as it stands now
	 * @param status whether it takes place, moved away or was called off
	 * @param start when it is (or was to be) at the venue: its start if it is there that
	 * day, else the start it was first planned with
	 * @param end when that ends
	 * @param room the room's name at the venue, if known
	 * @param movedFrom where a meeting moved here was first planned to start, if it was
	 * moved; {@code null} if not
	 * @param movedTo where a meeting moved away takes place now; {@code null} unless
	 * {@link Status#MOVED_AWAY}
	 * @param mentors the mentors booked for it, by first name
	 * @param seniors the seniors booked for it, in sign-up order
	 */
	public record Entry(Occurrence occurrence, Status status, Instant start, Instant end, @Nullable String room,
			@Nullable Instant movedFrom, @Nullable MovedTo movedTo, List<String> mentors, List<Senior> seniors) {

		public Entry {
			mentors = List.copyOf(mentors);
			seniors = List.copyOf(seniors);
		}

	}

	/**
	 * Where a meeting moved away takes place now.
	 *
	 * @param start when it starts now
	 * @param end when it ends now
	 * @param place at a venue, at home or online
	 * @param venue the venue's name, if at a venue
	 * @param room the room's name, if at a venue
	 */
	public record MovedTo(Instant start, Instant end, Place place, @Nullable String venue, @Nullable String room) {
	}

	/**
	 * A senior booked for a meeting, as the venue's staff need to know them. Its
	 * {@link #toString()} names only the id: the rest is personal data and must never
	 * reach a log line.
	 *
	 * @param id the senior
	 * @param name their full name
	 * @param channel how they chose to be reached; {@code null} if they are not in the
	 * registry any more
	 * @param phone their phone number, only for those who chose a phone call (staff may
	 * ring them)
	 * @param told how they hear of the meeting
	 */
	public record Senior(PersonId id, String name, @Nullable ContactChannel channel, @Nullable PhoneNumber phone,
			Told told) {

		public boolean tellInPerson() {
			return this.told == Told.IN_PERSON;
		}

		@Override
		public String toString() {
			return "Senior[" + this.id + "]";
		}

	}

}
