package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
		return stored(organisation, first, weeks, this.room);
	}

	Session stored(OrganisationId organisation, LocalDate first, int weeks, Location where) {
		SessionId id = new SessionId(UUID.randomUUID());
		Schedule schedule = Schedule.weekly(first, LocalTime.of(14, 0), LocalTime.of(15, 0), 1, null, weeks, Set.of());
		List<Occurrence> occurrences = new java.util.ArrayList<>();
		for (int i = 0; i < weeks; i++) {
			Instant start = first.plusWeeks(i).atTime(14, 0).atZone(STOCKHOLM).toInstant();
			occurrences
				.add(new Occurrence(new OccurrenceId(UUID.randomUUID()), id, this.programme, SessionKind.ONE_TO_ONE,
						"Swish", i, start, start, start.plusSeconds(3600), where, OccurrenceStatus.PLANNED, null, 0));
		}
		Session session = new Session(id, this.programme, SessionKind.ONE_TO_ONE, new PairId(UUID.randomUUID()),
				"Swish", null, where, schedule, STOCKHOLM,
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

	/**
	 * The occurrence changed as a coordinator would: moved or cancelled, sequence bumped.
	 */
	Occurrence changed(OrganisationId organisation, Occurrence before, Instant start, Location where,
			OccurrenceStatus status) {
		Occurrence after = new Occurrence(before.id(), before.session(), before.programme(), before.kind(),
				before.title(), before.position(), before.originalStart(), start,
				start.plus(java.time.Duration.between(before.start(), before.end())), where, status,
				(status == OccurrenceStatus.CANCELLED) ? "Sjuk" : null, before.sequence() + 1);
		assertThat(this.tenancy.callAs(organisation, () -> this.sessions.change(after, before.sequence(), NOW)))
			.isTrue();
		return after;
	}

	@Test
	void aVenuesDayHoldsWhatIsThereAndWhatWasPlannedThereButNothingElse() {
		LocalDate day = LocalDate.of(2026, 12, 1);
		Instant from = day.atStartOfDay(STOCKHOLM).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
		Location elsewhere = Location.room(new VenueId(UUID.randomUUID()), new RoomId(UUID.randomUUID()));
		Occurrence here = stored(this.umea, day, 2, this.room).occurrences().get(0);
		Occurrence movedAway = stored(this.umea, day, 1, this.room).occurrences().get(0);
		movedAway = changed(this.umea, movedAway, movedAway.start(), elsewhere, OccurrenceStatus.PLANNED);
		Occurrence movedToTomorrow = stored(this.umea, day, 1, this.room).occurrences().get(0);
		movedToTomorrow = changed(this.umea, movedToTomorrow, movedToTomorrow.start().plusSeconds(86_400), this.room,
				OccurrenceStatus.PLANNED);
		Occurrence movedHere = stored(this.umea, day.plusDays(2), 1, elsewhere).occurrences().get(0);
		movedHere = changed(this.umea, movedHere, from.plusSeconds(9 * 3600), this.room, OccurrenceStatus.PLANNED);
		Occurrence cancelled = stored(this.umea, day, 1, this.room).occurrences().get(0);
		cancelled = changed(this.umea, cancelled, cancelled.start(), this.room, OccurrenceStatus.CANCELLED);
		Occurrence skipped = stored(this.umea, day, 1, this.room).occurrences().get(0);
		changed(this.umea, skipped, skipped.start(), this.room, OccurrenceStatus.SKIPPED);
		stored(this.umea, day, 1, elsewhere);
		stored(this.lulea, day, 1, this.room);

		List<Occurrence> found = this.tenancy.callAs(this.umea,
				() -> this.sessions.atVenue(this.room.venue(), from, to));
		List<Occurrence> tomorrow = this.tenancy.callAs(this.umea,
				() -> this.sessions.atVenue(this.room.venue(), to, to.plusSeconds(86_400)));

		assertThat(found).containsExactlyInAnyOrder(here, movedAway, movedToTomorrow, movedHere, cancelled);
		assertThat(tomorrow).containsExactly(movedToTomorrow);
	}

	@Test
	void readsTheParticipantsOfManySessionsAtOnceInSignUpOrder() {
		Session first = stored(this.umea, LocalDate.of(2026, 12, 1), 1);
		Session second = stored(this.umea, LocalDate.of(2026, 12, 8), 1);
		Session theirs = stored(this.lulea, LocalDate.of(2026, 12, 1), 1);

		Map<SessionId, List<Participant>> read = this.tenancy.callAs(this.umea,
				() -> this.sessions.participants(List.of(first.id(), second.id(), theirs.id())));

		assertThat(read).containsOnlyKeys(first.id(), second.id());
		assertThat(read.get(first.id())).extracting(Participant::person).containsExactly(this.mentor, this.senior);
		assertThat(read.get(second.id())).isEqualTo(second.participants());
		assertThat(this.tenancy.callAs(this.umea, () -> this.sessions.participants(List.<SessionId>of()))).isEmpty();
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
