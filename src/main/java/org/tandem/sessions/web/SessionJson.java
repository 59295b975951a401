package org.tandem.sessions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.tandem.sessions.Location;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrencePage;
import org.tandem.sessions.Participant;
import org.tandem.sessions.Place;
import org.tandem.sessions.ProposedTime;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.Scope;
import org.tandem.sessions.Session;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

/** The JSON shapes of the sessions API. */
final class SessionJson {

	private SessionJson() {
	}

	/**
	 * Where: {@code VENUE} with a venue and room, {@code HOME}, or {@code ONLINE} with an
	 * https link.
	 */
	record Where(@NotNull Place place, @Nullable UUID venueId, @Nullable UUID roomId,
			@Nullable @Size(max = 500) String meetingLink) {

		Location location() {
			return new Location(this.place, (this.venueId != null) ? new VenueId(this.venueId) : null,
					(this.roomId != null) ? new RoomId(this.roomId) : null, this.meetingLink);
		}

	}

	/**
	 * When, in the organisation's time zone: a day with local start and end, and for a
	 * weekly series every N weeks until a day or for a count (or to the end of the term),
	 * without the skipped days.
	 */
	record When(@NotNull LocalDate day, @NotNull LocalTime start, @NotNull LocalTime end, @Nullable Integer everyWeeks,
			@Nullable LocalDate until, @Nullable Integer count, @Nullable Set<LocalDate> skipped) {

		Schedule schedule() {
			return new Schedule(this.day, this.start, this.end, this.everyWeeks, this.until, this.count,
					(this.skipped != null) ? this.skipped : Set.of());
		}

	}

	/**
	 * A one-to-one session for an approved pair.
	 *
	 * @param pairId the approved pair
	 * @param title what it is about; the pair's names if left out
	 * @param where where they meet
	 * @param when when they meet
	 */
	record PlanRequest(@NotNull UUID pairId, @Nullable @Size(max = 200) String title,
			@NotNull @jakarta.validation.Valid Where where, @NotNull @jakarta.validation.Valid When when) {
	}

	/**
	 * A workshop.
	 *
	 * @param programmeId the programme
	 * @param title what it is called
	 * @param mentorIds the mentors who lead it
	 * @param capacity how many seniors it takes
	 * @param where a venue's room or online
	 * @param when when it meets
	 */
	record WorkshopRequest(@NotNull UUID programmeId, @NotNull @Size(min = 1, max = 200) String title,
			@NotNull @Size(min = 1, max = 20) List<@NotNull UUID> mentorIds, int capacity,
			@NotNull @jakarta.validation.Valid Where where, @NotNull @jakarta.validation.Valid When when) {
	}

	/**
	 * Moves an occurrence or the rest of its series.
	 *
	 * @param day the new day of this occurrence (later ones move by as many days)
	 * @param start the new local start
	 * @param end the new local end
	 * @param where a new place, or left out to stay
	 * @param scope {@code THIS} (the default) or {@code THIS_AND_FOLLOWING}
	 */
	record RescheduleRequest(@NotNull LocalDate day, @NotNull LocalTime start, @NotNull LocalTime end,
			@Nullable @jakarta.validation.Valid Where where, @Nullable Scope scope) {
	}

	/**
	 * Calls off an occurrence or the rest of its series.
	 *
	 * @param reason why, optional
	 * @param scope {@code THIS} (the default) or {@code THIS_AND_FOLLOWING}
	 */
	record CancelRequest(@Nullable @Size(max = 500) String reason, @Nullable Scope scope) {
	}

	/**
	 * @param seniorId the senior who signs up
	 */
	record SignUpRequest(@NotNull UUID seniorId) {
	}

	record OccurrenceResource(UUID id, UUID sessionId, UUID programmeId, String kind, String title, int position,
			Instant originalStart, Instant start, Instant end, LocalDate day, LocalTime localStart, LocalTime localEnd,
			String place, @Nullable UUID venueId, @Nullable UUID roomId, @Nullable String meetingLink, String status,
			@Nullable String reason, int sequence) {

		static OccurrenceResource of(Occurrence occurrence, ZoneId zone) {
			ZonedDateTime start = occurrence.start().atZone(zone);
			Location location = occurrence.location();
			return new OccurrenceResource(occurrence.id().value(), occurrence.session().value(),
					occurrence.programme().value(), occurrence.kind().name(), occurrence.title(), occurrence.position(),
					occurrence.originalStart(), occurrence.start(), occurrence.end(), start.toLocalDate(),
					start.toLocalTime(), occurrence.end().atZone(zone).toLocalTime(), location.place().name(),
					(location.venue() != null) ? location.venue().value() : null,
					(location.room() != null) ? location.room().value() : null, location.meetingLink(),
					occurrence.status().name(), occurrence.reason(), occurrence.sequence());
		}

	}

	record ParticipantResource(UUID personId, String role, String status, Instant signedUpAt) {

		static ParticipantResource of(Participant participant) {
			return new ParticipantResource(participant.person().value(), participant.role().name(),
					participant.status().name(), participant.signedUpAt());
		}

	}

	record SessionResource(UUID id, UUID programmeId, String kind, @Nullable UUID pairId, String title,
			@Nullable Integer capacity, String timeZone, LocalDate firstDay, LocalTime start, LocalTime end,
			@Nullable Integer everyWeeks, @Nullable LocalDate until, @Nullable Integer count, List<UUID> mentorIds,
			List<UUID> seniorIds, List<UUID> waitingList, List<OccurrenceResource> occurrences) {

		static SessionResource of(Session session) {
			Schedule schedule = session.schedule();
			return new SessionResource(session.id().value(), session.programme().value(), session.kind().name(),
					(session.pair() != null) ? session.pair().value() : null, session.title(), session.capacity(),
					session.timeZone().getId(), schedule.firstDay(), schedule.start(), schedule.end(),
					schedule.everyWeeks(), schedule.until(), schedule.count(),
					session.mentors().stream().map((id) -> id.value()).toList(),
					session.seniors().stream().map((id) -> id.value()).toList(),
					session.waitingList().stream().map((id) -> id.value()).toList(),
					session.occurrences()
						.stream()
						.map((occurrence) -> OccurrenceResource.of(occurrence, session.timeZone()))
						.toList());
		}

	}

	record Page(List<OccurrenceResource> items, int page, int size, long totalItems, int totalPages) {

		static Page of(OccurrencePage page, ZoneId zone) {
			return new Page(page.items().stream().map((o) -> OccurrenceResource.of(o, zone)).toList(), page.page(),
					page.size(), page.totalItems(), page.totalPages());
		}

	}

	record ParticipantsResource(List<ParticipantResource> mentors, List<ParticipantResource> booked,
			List<ParticipantResource> waitingList, @Nullable Integer capacity) {

		static ParticipantsResource of(Session session) {
			return new ParticipantsResource(
					session.participants()
						.stream()
						.filter((p) -> p.role().name().equals("MENTOR") && p.status().name().equals("BOOKED"))
						.map(ParticipantResource::of)
						.toList(),
					session.participants()
						.stream()
						.filter((p) -> p.role().name().equals("SENIOR") && p.status().name().equals("BOOKED"))
						.map(ParticipantResource::of)
						.toList(),
					session.participants()
						.stream()
						.filter((p) -> p.status().name().equals("WAITING"))
						.map(ParticipantResource::of)
						.toList(),
					session.capacity());
		}

	}

	record ProposedTimeResource(LocalDate day, LocalTime start, LocalTime end, String place, @Nullable UUID venueId,
			@Nullable UUID roomId, @Nullable String venueName, @Nullable String roomName) {

		static ProposedTimeResource of(ProposedTime time) {
			return new ProposedTimeResource(time.day(), time.start(), time.end(), time.place().name(),
					(time.venue() != null) ? time.venue().value() : null,
					(time.room() != null) ? time.room().value() : null, time.venueName(), time.roomName());
		}

	}

}
