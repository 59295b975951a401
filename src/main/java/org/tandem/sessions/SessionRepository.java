package org.tandem.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.matching.PairId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.OrganisationId;
import org.tandem.system.TenantJdbc;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

/**
 * Sessions, their occurrences and participants, in {@code sessions_session},
 * {@code sessions_occurrence} and {@code sessions_participant}.
 */
@Repository
class SessionRepository {

	private static final String OCCURRENCE_COLUMNS = """
			o.id, o.session_id, s.programme_id, s.kind, s.title, o.position, o.original_start, o.starts_at, o.ends_at,
			o.place, o.venue_id, o.room_id, o.meeting_link, o.status, o.reason, o.sequence""";

	private final TenantJdbc jdbc;

	SessionRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a new session with its occurrences and participants. */
	void insert(Session session, @Nullable UUID createdBy, Instant createdAt) {
		Schedule schedule = session.schedule();
		Location location = session.location();
		this.jdbc.sql("""
				insert into sessions_session (id, organisation_id, programme_id, kind, pair_id, title, capacity, place,
				                              venue_id, room_id, meeting_link, first_day, local_start, local_end,
				                              time_zone, every_weeks, until_day, planned_count, created_by, created_at)
				values (:id, :tenant, :programme, :kind, :pair, :title, :capacity, :place,
				        :venue, :room, :link, :firstDay, :start, :end,
				        :zone, :everyWeeks, :until, :count, :createdBy, :createdAt)
				""")
			.param("id", session.id().value())
			.param("programme", session.programme().value())
			.param("kind", session.kind().name())
			.param("pair", (session.pair() != null) ? session.pair().value() : null)
			.param("title", session.title())
			.param("capacity", session.capacity())
			.param("place", location.place().name())
			.param("venue", (location.venue() != null) ? location.venue().value() : null)
			.param("room", (location.room() != null) ? location.room().value() : null)
			.param("link", location.meetingLink())
			.param("firstDay", schedule.firstDay())
			.param("start", schedule.start())
			.param("end", schedule.end())
			.param("zone", session.timeZone().getId())
			.param("everyWeeks", schedule.everyWeeks())
			.param("until", schedule.until())
			.param("count", schedule.count())
			.param("createdBy", createdBy)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
		List<Map<String, ?>> occurrences = new ArrayList<>();
		for (Occurrence occurrence : session.occurrences()) {
			Map<String, @Nullable Object> row = new HashMap<>(occurrenceParameters(occurrence));
			row.put("session", session.id().value());
			row.put("position", occurrence.position());
			row.put("originalStart", Timestamp.from(occurrence.originalStart()));
			row.put("changedAt", Timestamp.from(createdAt));
			occurrences.add(row);
		}
		this.jdbc.batch("""
				insert into sessions_occurrence (id, organisation_id, session_id, position, original_start, starts_at,
				                                 ends_at, place, venue_id, room_id, meeting_link, status, reason,
				                                 sequence, changed_at)
				values (:id, :tenant, :session, :position, :originalStart, :start,
				        :end, :place, :venue, :room, :link, :status, :reason,
				        :sequence, :changedAt)
				""", occurrences);
		for (Participant participant : session.participants()) {
			insertParticipant(session.id(), participant);
		}
	}

	/** A new participant; one who is booked got their place as they signed up. */
	void insertParticipant(SessionId session, Participant participant) {
		this.jdbc.sql("""
				insert into sessions_participant (organisation_id, session_id, person_id, role, status, signed_up_at,
				                                  position, booked_at)
				values (:tenant, :session, :person, :role, :status, :at, :position,
				        case when :status = 'BOOKED' then cast(:at as timestamp with time zone) end)
				""")
			.param("session", session.value())
			.param("person", participant.person().value())
			.param("role", participant.role().name())
			.param("status", participant.status().name())
			.param("at", Timestamp.from(participant.signedUpAt()))
			.param("position", participant.position())
			.update();
	}

	/**
	 * A signed-up person's place changes: booked (their place given {@code at}), waiting
	 * or cancelled.
	 */
	void changeParticipant(SessionId session, PersonId person, ParticipantStatus status, Instant at) {
		this.jdbc.sql("""
				update sessions_participant
				   set status = :status,
				       booked_at = case when :status = 'BOOKED' then cast(:at as timestamp with time zone)
				                        else booked_at end
				 where organisation_id = :tenant and session_id = :session and person_id = :person
				""")
			.param("session", session.value())
			.param("person", person.value())
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A cancelled person signs up again, at the end of the line. */
	void signUpAgain(SessionId session, Participant participant) {
		this.jdbc.sql("""
				update sessions_participant
				   set status = :status, signed_up_at = :at, position = :position,
				       booked_at = case when :status = 'BOOKED' then cast(:at as timestamp with time zone)
				                        end
				 where organisation_id = :tenant and session_id = :session and person_id = :person
				""")
			.param("session", session.value())
			.param("person", participant.person().value())
			.param("status", participant.status().name())
			.param("at", Timestamp.from(participant.signedUpAt()))
			.param("position", participant.position())
			.update();
	}

	/**
	 * The session, read with a lock on its row until the transaction ends, so that two
	 * sign-ups or changes to the same session take turns.
	 */
	Optional<Session> lock(SessionId id) {
		return read(id, " for update");
	}

	Optional<Session> find(SessionId id) {
		return read(id, "");
	}

	private Optional<Session> read(SessionId id, String lock) {
		Optional<SessionRow> found = this.jdbc.sql("""
				select id, programme_id, kind, pair_id, title, capacity, place, venue_id, room_id, meeting_link,
				       first_day, local_start, local_end, time_zone, every_weeks, until_day, planned_count
				  from sessions_session
				 where organisation_id = :tenant and id = :id
				""" + lock).param("id", id.value()).query(SessionRepository::sessionRow).optional();
		return found.map((row) -> row.session(participants(id), occurrences(id)));
	}

	List<Participant> participants(SessionId session) {
		return participants(List.of(session)).getOrDefault(session, List.of());
	}

	List<Occurrence> occurrences(SessionId session) {
		return this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				  from sessions_occurrence o join sessions_session s on s.id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and o.session_id = :session
				 order by o.position
				""").param("session", session.value()).query(SessionRepository::occurrenceRow).list();
	}

	Optional<Occurrence> findOccurrence(OccurrenceId id) {
		return this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				  from sessions_occurrence o join sessions_session s on s.id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and o.id = :id
				""").param("id", id.value()).query(SessionRepository::occurrenceRow).optional();
	}

	/**
	 * These occurrences of the organisation, in no particular order; unknown ids left
	 * out.
	 */
	List<Occurrence> findOccurrences(Collection<OccurrenceId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				  from sessions_occurrence o join sessions_session s on s.id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and o.id in (:ids)
				""")
			.param("ids", ids.stream().map(OccurrenceId::value).distinct().toList())
			.query(SessionRepository::occurrenceRow)
			.list();
	}

	/**
	 * Writes a change to an occurrence (moved, cancelled) if nobody changed it since it
	 * was read: the sequence number it was read with is the version.
	 * @return whether it was written
	 */
	boolean change(Occurrence changed, int readSequence, Instant changedAt) {
		Map<String, @Nullable Object> parameters = new HashMap<>(occurrenceParameters(changed));
		parameters.put("readSequence", readSequence);
		parameters.put("changedAt", Timestamp.from(changedAt));
		return this.jdbc.sql("""
				update sessions_occurrence
				   set starts_at = :start, ends_at = :end, place = :place, venue_id = :venue, room_id = :room,
				       meeting_link = :link, status = :status, reason = :reason, sequence = :sequence,
				       changed_at = :changedAt
				 where organisation_id = :tenant and id = :id and sequence = :readSequence
				""").params(parameters).update() == 1;
	}

	/**
	 * The planned occurrences that take any of the people (booked) or rooms at some time
	 * between {@code from} and {@code to}, in time order: what a new meeting in that
	 * stretch could clash with.
	 */
	List<Busy> busy(Collection<PersonId> people, Collection<RoomId> rooms, Instant from, Instant to) {
		List<Busy> busy = new ArrayList<>();
		if (!people.isEmpty()) {
			busy.addAll(this.jdbc.sql("""
					select o.id, o.session_id, s.title, o.starts_at, o.ends_at, o.room_id, p.person_id
					  from sessions_participant p
					  join sessions_occurrence o on o.session_id = p.session_id
					  join sessions_session s on s.id = o.session_id
					 where p.organisation_id = :tenant and o.organisation_id = :tenant and s.organisation_id = :tenant
					   and p.person_id in (:people) and p.status = 'BOOKED'
					   and o.status = 'PLANNED' and o.starts_at < :to and o.ends_at > :from
					""")
				.param("people", people.stream().map(PersonId::value).distinct().toList())
				.param("from", Timestamp.from(from))
				.param("to", Timestamp.from(to))
				.query(SessionRepository::busyRow)
				.list());
		}
		if (!rooms.isEmpty()) {
			busy.addAll(this.jdbc.sql("""
					select o.id, o.session_id, s.title, o.starts_at, o.ends_at, o.room_id, null as person_id
					  from sessions_occurrence o
					  join sessions_session s on s.id = o.session_id
					 where o.organisation_id = :tenant and s.organisation_id = :tenant
					   and o.room_id in (:rooms) and o.status = 'PLANNED' and o.starts_at < :to and o.ends_at > :from
					""")
				.param("rooms", rooms.stream().map(RoomId::value).distinct().toList())
				.param("from", Timestamp.from(from))
				.param("to", Timestamp.from(to))
				.query(SessionRepository::busyRow)
				.list());
		}
		busy.sort(Comparator.comparing(Busy::start).thenComparing((b) -> b.occurrence().value()));
		return busy;
	}

	/**
	 * The sessions in which the person has a place or had one (booked or cancelled, not
	 * waiting) with an occurrence other than a skipped one between {@code from} and
	 * {@code to}, each whole: three statements however many sessions and occurrences.
	 */
	List<Session> takingPart(PersonId person, Instant from, Instant to) {
		List<SessionRow> rows = this.jdbc.sql("""
				select s.id, s.programme_id, s.kind, s.pair_id, s.title, s.capacity, s.place, s.venue_id, s.room_id,
				       s.meeting_link, s.first_day, s.local_start, s.local_end, s.time_zone, s.every_weeks,
				       s.until_day, s.planned_count
				  from sessions_participant p join sessions_session s on s.id = p.session_id
				 where p.organisation_id = :tenant and s.organisation_id = :tenant and p.person_id = :person
				   and p.status in ('BOOKED', 'CANCELLED')
				   and exists (select 1 from sessions_occurrence o
				                where o.organisation_id = :tenant and o.session_id = s.id and o.status <> 'SKIPPED'
				                  and o.starts_at < :to and o.ends_at > :from)
				""")
			.param("person", person.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(SessionRepository::sessionRow)
			.list();
		return whole(rows);
	}

	/** When each occurrence of these sessions last changed (or was planned). */
	Map<OccurrenceId, Instant> lastChanged(Collection<SessionId> sessions) {
		Map<OccurrenceId, Instant> changed = new HashMap<>();
		if (sessions.isEmpty()) {
			return changed;
		}
		this.jdbc.sql("""
				select id, changed_at from sessions_occurrence
				 where organisation_id = :tenant and session_id in (:sessions)
				""")
			.param("sessions", sessions.stream().map(SessionId::value).distinct().toList())
			.query((ResultSet row) -> {
				changed.put(new OccurrenceId(row.getObject("id", UUID.class)),
						row.getTimestamp("changed_at").toInstant());
			});
		return changed;
	}

	/**
	 * The occurrences that were or are at the venue in a stretch of time: those there now
	 * by their start, and those of the venue's sessions that were planned there by their
	 * original start and have since moved or been called off. Cancelled ones included;
	 * skipped ones not.
	 */
	List<Occurrence> atVenue(VenueId venue, Instant from, Instant to) {
		Map<OccurrenceId, Occurrence> found = new LinkedHashMap<>();
		this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				  from sessions_occurrence o join sessions_session s on s.id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and o.venue_id = :venue
				   and o.status <> 'SKIPPED' and o.starts_at >= :from and o.starts_at < :to
				""")
			.param("venue", venue.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(SessionRepository::occurrenceRow)
			.list()
			.forEach((occurrence) -> found.put(occurrence.id(), occurrence));
		this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				  from sessions_occurrence o join sessions_session s on s.id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and s.venue_id = :venue
				   and o.status <> 'SKIPPED' and o.original_start >= :from and o.original_start < :to
				""")
			.param("venue", venue.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(SessionRepository::occurrenceRow)
			.list()
			.forEach((occurrence) -> found.putIfAbsent(occurrence.id(), occurrence));
		return List.copyOf(found.values());
	}

	/** The participants of these sessions, each session's in sign-up order. */
	Map<SessionId, List<Participant>> participants(Collection<SessionId> sessions) {
		Map<SessionId, List<Participant>> participants = new HashMap<>();
		if (sessions.isEmpty()) {
			return participants;
		}
		this.jdbc.sql("""
				select session_id, person_id, role, status, signed_up_at, position
				  from sessions_participant
				 where organisation_id = :tenant and session_id in (:sessions)
				 order by session_id, position, person_id
				""")
			.param("sessions", sessions.stream().map(SessionId::value).distinct().toList())
			.query((ResultSet row) -> {
				participants
					.computeIfAbsent(new SessionId(row.getObject("session_id", UUID.class)), (key) -> new ArrayList<>())
					.add(participant(row));
			});
		return participants;
	}

	/** When the person got their place in the session; empty unless they are booked. */
	Optional<Instant> bookedAt(SessionId session, PersonId person) {
		return this.jdbc.sql("""
				select booked_at from sessions_participant
				 where organisation_id = :tenant and session_id = :session and person_id = :person
				   and status = 'BOOKED' and booked_at is not null
				""")
			.param("session", session.value())
			.param("person", person.value())
			.query((row, number) -> row.getTimestamp("booked_at").toInstant())
			.optional();
	}

	/**
	 * Where each of these sessions was planned to take place (its occurrences may have
	 * moved since).
	 */
	Map<SessionId, Location> plannedLocations(Collection<SessionId> sessions) {
		Map<SessionId, Location> planned = new HashMap<>();
		if (sessions.isEmpty()) {
			return planned;
		}
		this.jdbc.sql("""
				select id, place, venue_id, room_id, meeting_link from sessions_session
				 where organisation_id = :tenant and id in (:sessions)
				""")
			.param("sessions", sessions.stream().map(SessionId::value).distinct().toList())
			.query((ResultSet row) -> {
				planned.put(new SessionId(row.getObject("id", UUID.class)), location(row));
			});
		return planned;
	}

	/**
	 * The organisations with planned occurrences starting after {@code from} and at or
	 * before {@code to}: the one question the reminder job asks across organisations.
	 */
	List<OrganisationId> organisationsWithPlanned(Instant from, Instant to) {
		return this.jdbc.crossTenant("""
				select distinct organisation_id from sessions_occurrence
				 where status = 'PLANNED' and starts_at > :from and starts_at <= :to
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((row, number) -> new OrganisationId(row.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Every booked place in the planned occurrences starting after {@code from} and at or
	 * before {@code to}, in time order: what reminders are sent for.
	 */
	List<BookedPlace> bookedPlaces(Instant from, Instant to) {
		return this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				       , p.person_id, p.booked_at
				  from sessions_occurrence o
				  join sessions_session s on s.id = o.session_id
				  join sessions_participant p on p.session_id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and p.organisation_id = :tenant
				   and o.status = 'PLANNED' and o.starts_at > :from and o.starts_at <= :to and p.status = 'BOOKED'
				 order by o.starts_at, o.id, p.position
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query((row, number) -> {
			Timestamp booked = row.getTimestamp("booked_at");
			return new BookedPlace(occurrenceRow(row, number), new PersonId(row.getObject("person_id", UUID.class)),
					(booked != null) ? booked.toInstant() : null);
		}).list();
	}

	private List<Session> whole(List<SessionRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map((row) -> row.id().value()).distinct().toList();
		Map<SessionId, List<Participant>> participants = participants(rows.stream().map(SessionRow::id).toList());
		Map<SessionId, List<Occurrence>> occurrences = new HashMap<>();
		this.jdbc.sql("select " + OCCURRENCE_COLUMNS + """
				  from sessions_occurrence o join sessions_session s on s.id = o.session_id
				 where o.organisation_id = :tenant and s.organisation_id = :tenant and o.session_id in (:sessions)
				 order by o.session_id, o.position
				""")
			.param("sessions", ids)
			.query(SessionRepository::occurrenceRow)
			.list()
			.forEach((occurrence) -> occurrences.computeIfAbsent(occurrence.session(), (key) -> new ArrayList<>())
				.add(occurrence));
		Map<SessionId, Session> sessions = new LinkedHashMap<>();
		for (SessionRow row : rows) {
			sessions.putIfAbsent(row.id(), row.session(participants.getOrDefault(row.id(), List.of()),
					occurrences.getOrDefault(row.id(), List.of())));
		}
		return List.copyOf(sessions.values());
	}

	/**
	 * The occurrences a person is booked for that start in a stretch of time, skipped
	 * ones left out, at most {@code limit} in time order, each with the others booked for
	 * its session. Starts from the person's bookings (the participant index begins with
	 * the person) and reaches each session's occurrences by the index on session and
	 * start, so it reads the person's rows only, however large the organisation.
	 */
	List<PersonalOccurrence> scheduleOf(PersonId person, Instant from, Instant to, int limit) {
		Map<OccurrenceId, ParticipantRole> roles = new HashMap<>();
		List<Occurrence> occurrences = this.jdbc.sql("select " + OCCURRENCE_COLUMNS + ", p.role as my_role" + """
				  from sessions_participant p
				  join sessions_occurrence o on o.organisation_id = p.organisation_id and o.session_id = p.session_id
				  join sessions_session s on s.id = o.session_id
				 where p.person_id = :person and p.organisation_id = :tenant and p.status = 'BOOKED'
				   and o.organisation_id = :tenant and s.organisation_id = :tenant
				   and o.starts_at >= :from and o.starts_at < :to and o.status <> 'SKIPPED'
				 order by o.starts_at, o.id
				 limit :limit
				""")
			.param("person", person.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query((row, number) -> {
				Occurrence occurrence = occurrenceRow(row, number);
				roles.put(occurrence.id(), ParticipantRole.valueOf(row.getString("my_role")));
				return occurrence;
			})
			.list();
		if (occurrences.isEmpty()) {
			return List.of();
		}
		Map<SessionId, List<Participant>> others = new HashMap<>();
		this.jdbc.sql("""
				select session_id, person_id, role, status, signed_up_at, position
				  from sessions_participant
				 where organisation_id = :tenant and session_id in (:sessions) and status = 'BOOKED'
				   and person_id <> :person
				 order by position, person_id
				""")
			.param("sessions", occurrences.stream().map((o) -> o.session().value()).distinct().toList())
			.param("person", person.value())
			.query((ResultSet row) -> {
				others
					.computeIfAbsent(new SessionId(row.getObject("session_id", UUID.class)), (id) -> new ArrayList<>())
					.add(participant(row));
			});
		return occurrences.stream()
			.map((o) -> new PersonalOccurrence(o, roles.get(o.id()), others.getOrDefault(o.session(), List.of())))
			.toList();
	}

	OccurrencePage page(OccurrenceQuery query) {
		StringBuilder where = new StringBuilder("""
				 where o.organisation_id = :tenant and s.organisation_id = :tenant
				   and o.starts_at >= :from and o.starts_at < :to
				""");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", Timestamp.from(query.from()));
		parameters.put("to", Timestamp.from(query.to()));
		if (!query.includeCancelled()) {
			where.append(" and o.status = 'PLANNED'");
		}
		if (query.programme() != null) {
			where.append(" and s.programme_id = :programme");
			parameters.put("programme", query.programme().value());
		}
		if (query.venue() != null) {
			where.append(" and o.venue_id = :venue");
			parameters.put("venue", query.venue().value());
		}
		if (query.person() != null) {
			where.append("""
					 and exists (select 1 from sessions_participant p
					              where p.organisation_id = :tenant and p.session_id = o.session_id
					                and p.person_id = :person and p.status = 'BOOKED')
					""");
			parameters.put("person", query.person().value());
		}
		String from = " from sessions_occurrence o join sessions_session s on s.id = o.session_id ";
		long total = this.jdbc.sql("select count(*)" + from + where).params(parameters).query(Long.class).single();
		List<Occurrence> items = this.jdbc
			.sql("select " + OCCURRENCE_COLUMNS + from + where
					+ " order by o.starts_at, o.id limit :size offset :offset")
			.params(parameters)
			.param("size", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(SessionRepository::occurrenceRow)
			.list();
		return new OccurrencePage(items, query.page(), query.size(), total);
	}

	private static Map<String, @Nullable Object> occurrenceParameters(Occurrence occurrence) {
		Location location = occurrence.location();
		Map<String, @Nullable Object> row = new HashMap<>();
		row.put("id", occurrence.id().value());
		row.put("start", Timestamp.from(occurrence.start()));
		row.put("end", Timestamp.from(occurrence.end()));
		row.put("place", location.place().name());
		row.put("venue", (location.venue() != null) ? location.venue().value() : null);
		row.put("room", (location.room() != null) ? location.room().value() : null);
		row.put("link", location.meetingLink());
		row.put("status", occurrence.status().name());
		row.put("reason", occurrence.reason());
		row.put("sequence", occurrence.sequence());
		return row;
	}

	private static Location location(ResultSet row) throws SQLException {
		UUID venue = row.getObject("venue_id", UUID.class);
		UUID room = row.getObject("room_id", UUID.class);
		return new Location(Place.valueOf(row.getString("place")), (venue != null) ? new VenueId(venue) : null,
				(room != null) ? new RoomId(room) : null, row.getString("meeting_link"));
	}

	private static Occurrence occurrenceRow(ResultSet row, int number) throws SQLException {
		return new Occurrence(new OccurrenceId(row.getObject("id", UUID.class)),
				new SessionId(row.getObject("session_id", UUID.class)),
				new ProgrammeId(row.getObject("programme_id", UUID.class)), SessionKind.valueOf(row.getString("kind")),
				row.getString("title"), row.getInt("position"), row.getTimestamp("original_start").toInstant(),
				row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(), location(row),
				OccurrenceStatus.valueOf(row.getString("status")), row.getString("reason"), row.getInt("sequence"));
	}

	private static Participant participant(ResultSet row) throws SQLException {
		return new Participant(new PersonId(row.getObject("person_id", UUID.class)),
				ParticipantRole.valueOf(row.getString("role")), ParticipantStatus.valueOf(row.getString("status")),
				row.getTimestamp("signed_up_at").toInstant(), row.getLong("position"));
	}

	private static Busy busyRow(ResultSet row, int number) throws SQLException {
		UUID room = row.getObject("room_id", UUID.class);
		UUID person = row.getObject("person_id", UUID.class);
		return new Busy(new OccurrenceId(row.getObject("id", UUID.class)),
				new SessionId(row.getObject("session_id", UUID.class)), row.getString("title"),
				row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
				(room != null) ? new RoomId(room) : null, (person != null) ? new PersonId(person) : null);
	}

	private static SessionRow sessionRow(ResultSet row, int number) throws SQLException {
		UUID pair = row.getObject("pair_id", UUID.class);
		int capacity = row.getInt("capacity");
		Integer maybeCapacity = row.wasNull() ? null : capacity;
		int everyWeeks = row.getInt("every_weeks");
		Integer maybeEveryWeeks = row.wasNull() ? null : everyWeeks;
		int count = row.getInt("planned_count");
		Integer maybeCount = row.wasNull() ? null : count;
		return new SessionRow(new SessionId(row.getObject("id", UUID.class)),
				new ProgrammeId(row.getObject("programme_id", UUID.class)), SessionKind.valueOf(row.getString("kind")),
				(pair != null) ? new PairId(pair) : null, row.getString("title"), maybeCapacity, location(row),
				row.getObject("first_day", LocalDate.class), row.getObject("local_start", LocalTime.class),
				row.getObject("local_end", LocalTime.class), ZoneId.of(row.getString("time_zone")), maybeEveryWeeks,
				row.getObject("until_day", LocalDate.class), maybeCount);
	}

	/**
	 * A planned occurrence that takes a person or a room.
	 *
	 * @param occurrence the occurrence
	 * @param session its session
	 * @param title its session's title
	 * @param start when it starts
	 * @param end when it ends
	 * @param room its room, if at a venue
	 * @param person the person it takes, or {@code null} if it was found by its room
	 */
	record Busy(OccurrenceId occurrence, SessionId session, String title, Instant start, Instant end,
			@Nullable RoomId room, @Nullable PersonId person) {

		boolean overlaps(Instant otherStart, Instant otherEnd) {
			return this.start.isBefore(otherEnd) && this.end.isAfter(otherStart);
		}

	}

	/**
	 * A booked place in one planned occurrence.
	 *
	 * @param occurrence the occurrence
	 * @param person who has the place
	 * @param bookedAt when they got it, if known
	 */
	record BookedPlace(Occurrence occurrence, PersonId person, @Nullable Instant bookedAt) {

	}

	private record SessionRow(SessionId id, ProgrammeId programme, SessionKind kind, @Nullable PairId pair,
			String title, @Nullable Integer capacity, Location location, LocalDate firstDay, LocalTime start,
			LocalTime end, ZoneId zone, @Nullable Integer everyWeeks, @Nullable LocalDate until,
			@Nullable Integer count) {

		Session session(List<Participant> participants, List<Occurrence> occurrences) {
			Set<LocalDate> skipped = new HashSet<>();
			for (Occurrence occurrence : occurrences) {
				if (occurrence.status() == OccurrenceStatus.SKIPPED) {
					skipped.add(occurrence.originalStart().atZone(this.zone).toLocalDate());
				}
			}
			Schedule schedule = new Schedule(this.firstDay, this.start, this.end, this.everyWeeks, this.until,
					this.count, skipped);
			return new Session(this.id, this.programme, this.kind, this.pair, this.title, this.capacity, this.location,
					schedule, this.zone, participants, occurrences);
		}

	}

}
