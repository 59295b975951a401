package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.matching.PairId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.SessionRepository.Busy;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions as both databases must keep them: read back whole with local days and times,
 * the busy times of people and rooms found by overlap only, a change written only against
 * the sequence it was read with, lists paged in time order, and never across
 * organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, SessionRepository.class })
abstract class SessionRepositoryContract {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	SessionRepository sessions;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final ProgrammeId programme = new ProgrammeId(UUID.randomUUID());

	final PersonId mentor = new PersonId(UUID.randomUUID());

	final PersonId senior = new PersonId(UUID.randomUUID());

	final Location room = Location.room(new VenueId(UUID.randomUUID()), new RoomId(UUID.randomUUID()));

	@BeforeEach
	void twoOrganisations() {
		this.umea = OrganisationRows.insert(this.jdbc, "Umeå");
		this.lulea = OrganisationRows.insert(this.jdbc, "Luleå");
	}

	Session stored(OrganisationId organisation, LocalDate first, int weeks) {
		SessionId id = new SessionId(UUID.randomUUID());
		Schedule schedule = Schedule.weekly(first, LocalTime.of(14, 0), LocalTime.of(15, 0), 1, null, weeks, Set.of());
		List<Occurrence> occurrences = new java.util.ArrayList<>();
		for (int i = 0; i < weeks; i++) {
			Instant start = first.plusWeeks(i).atTime(14, 0).atZone(STOCKHOLM).toInstant();
			occurrences.add(new Occurrence(new OccurrenceId(UUID.randomUUID()), id, this.programme,
					SessionKind.ONE_TO_ONE, "Swish", i, start, start, start.plusSeconds(3600), this.room,
					OccurrenceStatus.PLANNED, null, 0));
		}
		Session session = new Session(id, this.programme, SessionKind.ONE_TO_ONE, new PairId(UUID.randomUUID()),
				"Swish", null, this.room, schedule, STOCKHOLM,
				List.of(new Participant(this.mentor, ParticipantRole.MENTOR, ParticipantStatus.BOOKED, NOW, 0),
						new Participant(this.senior, ParticipantRole.SENIOR, ParticipantStatus.BOOKED, NOW, 1)),
				occurrences);
		this.tenancy.runAs(organisation, () -> this.sessions.insert(session, null, NOW));
		return session;
	}

	@Test
	void readsASessionBackWhole() {
		Session session = stored(this.umea, LocalDate.of(2026, 12, 1), 3);

		Session read = this.tenancy.callAs(this.umea, () -> this.sessions.find(session.id())).orElseThrow();

		assertThat(read).isEqualTo(session);
	}

	@Test
	void findsBusyTimesByOverlapOnly() {
		Session session = stored(this.umea, LocalDate.of(2026, 12, 1), 2);
		Occurrence first = session.occurrences().get(0);

		List<Busy> touching = this.tenancy.callAs(this.umea, () -> this.sessions.busy(List.of(this.mentor),
				List.of(this.room.room()), first.end(), first.end().plusSeconds(3600)));
		List<Busy> overlapping = this.tenancy.callAs(this.umea, () -> this.sessions.busy(List.of(this.mentor),
				List.of(this.room.room()), first.start().plusSeconds(1800), first.end().plusSeconds(1800)));

		assertThat(touching).isEmpty();
		assertThat(overlapping).extracting(Busy::person).containsExactlyInAnyOrder(this.mentor, null);
		assertThat(overlapping).extracting(Busy::title).containsOnly("Swish");
	}

	@Test
	void aCancelledMeetingTakesNobodysTime() {
		Session session = stored(this.umea, LocalDate.of(2026, 12, 1), 1);
		Occurrence first = session.occurrences().get(0);
		Occurrence cancelled = new Occurrence(first.id(), first.session(), first.programme(), first.kind(),
				first.title(), 0, first.originalStart(), first.start(), first.end(), first.location(),
				OccurrenceStatus.CANCELLED, "Sjuk", 1);

		assertThat(this.tenancy.callAs(this.umea, () -> this.sessions.change(cancelled, 0, NOW))).isTrue();

		assertThat(this.tenancy.callAs(this.umea,
				() -> this.sessions.busy(List.of(this.senior), List.of(), first.start(), first.end())))
			.isEmpty();
		assertThat(this.tenancy.callAs(this.umea, () -> this.sessions.findOccurrence(first.id()))).contains(cancelled);
	}

	@Test
	void aChangeIsWrittenOnlyAgainstTheSequenceItWasReadWith() {
		Session session = stored(this.umea, LocalDate.of(2026, 12, 1), 1);
		Occurrence first = session.occurrences().get(0);
		Occurrence moved = new Occurrence(first.id(), first.session(), first.programme(), first.kind(), first.title(),
				0, first.originalStart(), first.start().plusSeconds(3600), first.end().plusSeconds(3600),
				first.location(), OccurrenceStatus.PLANNED, null, 1);

		assertThat(this.tenancy.callAs(this.umea, () -> this.sessions.change(moved, 0, NOW))).isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.sessions.change(moved, 0, NOW))).isFalse();
	}

	@Test
	void listsOccurrencesInTimeOrderOnePageAtATime() {
		stored(this.umea, LocalDate.of(2026, 12, 1), 5);
		Instant from = LocalDate.of(2026, 12, 1).atStartOfDay(STOCKHOLM).toInstant();
		Instant to = LocalDate.of(2027, 1, 1).atStartOfDay(STOCKHOLM).toInstant();

		OccurrencePage second = this.tenancy.callAs(this.umea, () -> this.sessions
			.page(new OccurrenceQuery(this.programme, this.senior, this.room.venue(), from, to, false, 1, 2)));

		assertThat(second.totalItems()).isEqualTo(5);
		assertThat(second.items()).extracting(Occurrence::position).containsExactly(2, 3);
	}

	@Test
	void neverReadsAnotherOrganisationsSessions() {
		Session session = stored(this.umea, LocalDate.of(2026, 12, 1), 2);
		Occurrence first = session.occurrences().get(0);

		this.tenancy.runAs(this.lulea, () -> {
			assertThat(this.sessions.find(session.id())).isEmpty();
			assertThat(this.sessions.findOccurrence(first.id())).isEmpty();
			assertThat(this.sessions.busy(List.of(this.mentor), List.of(this.room.room()), first.start(), first.end()))
				.isEmpty();
			assertThat(this.sessions.change(first, 0, NOW)).isFalse();
			assertThat(
					this.sessions.page(new OccurrenceQuery(null, null, null, first.start(), first.end(), true, 0, 10))
						.totalItems())
				.isZero();
		});
	}

}
