package org.tandem.logbook;

import java.sql.Timestamp;
import java.time.Instant;
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
import org.tandem.curriculum.StepId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.Location;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OccurrenceStatus;
import org.tandem.sessions.ParticipantRole;
import org.tandem.sessions.SessionId;
import org.tandem.sessions.SessionKind;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;
import org.tandem.venues.RoomId;
import org.tandem.venues.VenueId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session logs as both databases must keep them: a log and its correction read back
 * whole, a correction only against the revision read, the current revision of many
 * occurrences at once, the open follow-ups latest session first a page at a time with
 * their mentors, and never across organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, LogbookRepository.class, LogHistoryRepository.class })
abstract class LogbookRepositoryContract {

	static final Instant TUESDAY = Instant.parse("2026-11-17T13:00:00Z");

	@Autowired
	LogbookRepository logs;

	@Autowired
	LogHistoryRepository history;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final PersonId mentor = new PersonId(UUID.randomUUID());

	final PersonId senior = new PersonId(UUID.randomUUID());

	final Map<PersonId, ParticipantRole> roles = Map.of(this.mentor, ParticipantRole.MENTOR, this.senior,
			ParticipantRole.SENIOR);

	@BeforeEach
	void twoOrganisations() {
		this.umea = OrganisationRows.insert(this.jdbc, "Umeå");
		this.lulea = OrganisationRows.insert(this.jdbc, "Luleå");
	}

	/**
	 * A one-to-one occurrence that started at {@code start}, written as sessions would.
	 */
	Occurrence held(OrganisationId organisation, Instant start) {
		SessionId session = new SessionId(UUID.randomUUID());
		ProgrammeId programme = new ProgrammeId(UUID.randomUUID());
		Location room = Location.room(new VenueId(UUID.randomUUID()), new RoomId(UUID.randomUUID()));
		this.jdbc.sql("""
				insert into sessions_session (id, organisation_id, programme_id, kind, title, place, venue_id, room_id,
				                              first_day, local_start, local_end, time_zone, created_at)
				values (?, ?, ?, 'ONE_TO_ONE', 'Swish', 'VENUE', ?, ?, date '2026-11-17', time '14:00:00',
				        time '15:00:00', 'Europe/Stockholm', ?)
				""")
			.params(session.value(), organisation.value(), programme.value(), room.venue().value(), room.room().value(),
					Timestamp.from(start))
			.update();
		Occurrence occurrence = new Occurrence(new OccurrenceId(UUID.randomUUID()), session, programme,
				SessionKind.ONE_TO_ONE, "Swish", 0, start, start, start.plusSeconds(3600), room,
				OccurrenceStatus.PLANNED, null, 0);
		this.jdbc.sql("""
				insert into sessions_occurrence (id, organisation_id, session_id, position, original_start, starts_at,
				                                 ends_at, place, venue_id, room_id, status, sequence, changed_at)
				values (?, ?, ?, 0, ?, ?, ?, 'VENUE', ?, ?, 'PLANNED', 0, ?)
				""")
			.params(occurrence.id().value(), organisation.value(), session.value(), Timestamp.from(start),
					Timestamp.from(start), Timestamp.from(occurrence.end()), room.venue().value(), room.room().value(),
					Timestamp.from(start))
			.update();
		return occurrence;
	}

	LogRevision revision(int number, int minutes, LearningLevel level, boolean scamSeen) {
		return new LogRevision(number,
				new SessionReport(Map.of(this.mentor, Attendance.PRESENT, this.senior, Attendance.PRESENT), minutes,
						Set.of(), List.of(new StepReached(this.senior, new StepId(STEP), level)),
						Map.of(this.senior, 4), "Bra", true, scamSeen),
				UUID.randomUUID(), true, (number > 1) ? "Rättat" : null, TUESDAY.plusSeconds(7200L * number));
	}

	static final UUID STEP = UUID.randomUUID();

	@Test
	void aLogAndItsCorrectionAreReadBackWholeAndOnlyTheRevisionReadIsCorrected() {
		Occurrence occurrence = held(this.umea, TUESDAY);
		LogRevision first = revision(1, 55, LearningLevel.WITH_HELP, false);
		LogRevision second = revision(2, 60, LearningLevel.ON_MY_OWN, false);

		this.tenancy.runAs(this.umea, () -> this.logs.insert(occurrence, first, this.roles));
		boolean corrected = this.tenancy.callAs(this.umea, () -> this.logs.revise(occurrence, 1, second, this.roles));
		boolean stale = this.tenancy.callAs(this.umea,
				() -> this.logs.revise(occurrence, 1, revision(2, 70, LearningLevel.NOT_YET, false), this.roles));

		assertThat(corrected).isTrue();
		assertThat(stale).isFalse();
		SessionLog log = this.tenancy.callAs(this.umea, () -> this.logs.find(occurrence.id())).orElseThrow();
		assertThat(log.revisions()).containsExactly(first, second);
		assertThat(this.tenancy.callAs(this.umea, () -> this.history.stepsOf(this.senior))).extracting(StepEntry::level)
			.containsExactly(LearningLevel.ON_MY_OWN);
		assertThat(this.tenancy.callAs(this.umea,
				() -> this.logs.revisions(List.of(occurrence.id(), new OccurrenceId(UUID.randomUUID())))))
			.containsExactly(Map.entry(occurrence.id(), 2));
		assertThat(this.tenancy.callAs(this.lulea, () -> this.logs.find(occurrence.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.logs.revisions(List.of(occurrence.id())))).isEmpty();
	}

	@Test
	void openFollowUpsComeLatestSessionFirstAPageAtATimeWithTheirMentors() {
		Occurrence older = held(this.umea, TUESDAY.minusSeconds(7 * 86400));
		Occurrence newer = held(this.umea, TUESDAY);
		Occurrence fine = held(this.umea, TUESDAY.plusSeconds(86400));
		this.tenancy.runAs(this.umea, () -> {
			this.logs.insert(older, revision(1, 50, LearningLevel.WITH_HELP, true), this.roles);
			this.logs.insert(newer, revision(1, 50, LearningLevel.WITH_HELP, true), this.roles);
			this.logs.insert(fine, revision(1, 50, LearningLevel.WITH_HELP, false), this.roles);
		});

		assertThat(this.tenancy.callAs(this.umea, () -> this.logs.countOpenFollowUps())).isEqualTo(2);
		List<FollowUp> first = this.tenancy.callAs(this.umea, () -> this.logs.openFollowUps(0, 1));
		List<FollowUp> second = this.tenancy.callAs(this.umea, () -> this.logs.openFollowUps(1, 1));
		assertThat(first).extracting(FollowUp::occurrence).containsExactly(newer.id());
		assertThat(first.get(0).mentors()).containsExactly(this.mentor);
		assertThat(first.get(0).scamSeen()).isTrue();
		assertThat(second).extracting(FollowUp::occurrence).containsExactly(older.id());

		this.tenancy.runAs(this.umea, () -> this.logs.closeFollowUp(newer.id(), null, TUESDAY.plusSeconds(99)));
		assertThat(this.tenancy.callAs(this.umea, () -> this.logs.openFollowUps(0, 10)))
			.extracting(FollowUp::occurrence)
			.containsExactly(older.id());
		assertThat(this.tenancy.callAs(this.lulea, () -> this.logs.countOpenFollowUps())).isZero();
		assertThat(this.tenancy.callAs(this.lulea, () -> this.logs.openFollowUps(0, 10))).isEmpty();
	}

}
