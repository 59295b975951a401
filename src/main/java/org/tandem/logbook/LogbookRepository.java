package org.tandem.logbook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.TopicId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.ParticipantRole;
import org.tandem.sessions.SessionId;
import org.tandem.system.TenantJdbc;

/**
 * Session logs in {@code logbook_log} (what holds now), {@code logbook_revision} and the
 * attendance, topic and step rows of each revision. The rows of the revision that holds
 * are marked current.
 */
@Repository
class LogbookRepository {

	/** Ids per statement when logs are read by id. */
	static final int IDS_CHUNK = 500;

	private final TenantJdbc jdbc;

	LogbookRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the first log of an occurrence.
	 * @throws org.springframework.dao.DuplicateKeyException if it has one already
	 */
	void insert(Occurrence occurrence, LogRevision first, Map<PersonId, ParticipantRole> roles) {
		SessionReport report = first.report();
		this.jdbc.sql("""
				insert into logbook_log (occurrence_id, organisation_id, session_id, programme_id, held_at, revision,
				                         minutes, attested, scam_seen, alert_open, first_logged_at, changed_at)
				values (:occurrence, :tenant, :session, :programme, :heldAt, :revision,
				        :minutes, :attested, :scamSeen, :alert, :at, :at)
				""")
			.param("occurrence", occurrence.id().value())
			.param("session", occurrence.session().value())
			.param("programme", occurrence.programme().value())
			.param("heldAt", Timestamp.from(occurrence.start()))
			.param("revision", first.revision())
			.param("minutes", report.minutes())
			.param("attested", report.attested())
			.param("scamSeen", report.scamSeen())
			.param("alert", report.needsFollowUp())
			.param("at", Timestamp.from(first.loggedAt()))
			.update();
		insertRevision(occurrence, first, roles);
	}

	/**
	 * Writes a correction if the log is still at {@code expectedRevision}; the earlier
	 * revision's rows stop being current. A correction that needs following up opens the
	 * follow-up again.
	 * @return whether it was written
	 */
	boolean revise(Occurrence occurrence, int expectedRevision, LogRevision correction,
			Map<PersonId, ParticipantRole> roles) {
		SessionReport report = correction.report();
		int updated = this.jdbc.sql("""
				update logbook_log
				   set revision = :revision, minutes = :minutes, attested = :attested, scam_seen = :scamSeen,
				       alert_open = case when :alert then true else alert_open end, changed_at = :at
				 where organisation_id = :tenant and occurrence_id = :occurrence and revision = :expected
				""")
			.param("occurrence", occurrence.id().value())
			.param("expected", expectedRevision)
			.param("revision", correction.revision())
			.param("minutes", report.minutes())
			.param("attested", report.attested())
			.param("scamSeen", report.scamSeen())
			.param("alert", report.needsFollowUp())
			.param("at", Timestamp.from(correction.loggedAt()))
			.update();
		if (updated == 0) {
			return false;
		}
		for (String table : List.of("logbook_attendance", "logbook_step")) {
			this.jdbc.sql("update " + table + """
					 set current = false
					 where organisation_id = :tenant and occurrence_id = :occurrence and revision = :expected
					""").param("occurrence", occurrence.id().value()).param("expected", expectedRevision).update();
		}
		insertRevision(occurrence, correction, roles);
		return true;
	}

	private void insertRevision(Occurrence occurrence, LogRevision revision, Map<PersonId, ParticipantRole> roles) {
		SessionReport report = revision.report();
		UUID id = occurrence.id().value();
		Timestamp heldAt = Timestamp.from(occurrence.start());
		this.jdbc.sql("""
				insert into logbook_revision (occurrence_id, revision, organisation_id, minutes, note, attested,
				                              scam_seen, logged_by, on_behalf, reason, logged_at)
				values (:occurrence, :revision, :tenant, :minutes, :note, :attested,
				        :scamSeen, :by, :onBehalf, :reason, :at)
				""")
			.param("occurrence", id)
			.param("revision", revision.revision())
			.param("minutes", report.minutes())
			.param("note", report.note())
			.param("attested", report.attested())
			.param("scamSeen", report.scamSeen())
			.param("by", revision.loggedBy())
			.param("onBehalf", revision.onBehalf())
			.param("reason", revision.reason())
			.param("at", Timestamp.from(revision.loggedAt()))
			.update();
		List<Map<String, ?>> attendance = new ArrayList<>();
		report.attendance().forEach((person, value) -> {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("occurrence", id);
			row.put("revision", revision.revision());
			row.put("person", person.value());
			row.put("role", roles.get(person).name());
			row.put("attendance", value.name());
			row.put("feedback", report.feedback().get(person));
			row.put("heldAt", heldAt);
			attendance.add(row);
		});
		this.jdbc.batch("""
				insert into logbook_attendance (occurrence_id, revision, person_id, organisation_id, role, attendance,
				                                feedback, held_at, current)
				values (:occurrence, :revision, :person, :tenant, :role, :attendance, :feedback, :heldAt, true)
				""", attendance);
		List<Map<String, ?>> topics = new ArrayList<>();
		for (TopicId topic : report.topics()) {
			topics.add(Map.of("occurrence", id, "revision", revision.revision(), "topic", topic.value()));
		}
		this.jdbc.batch("""
				insert into logbook_topic (occurrence_id, revision, topic_id, organisation_id)
				values (:occurrence, :revision, :topic, :tenant)
				""", topics);
		List<Map<String, ?>> steps = new ArrayList<>();
		for (StepReached step : report.steps()) {
			steps.add(Map.of("occurrence", id, "revision", revision.revision(), "senior", step.senior().value(), "step",
					step.step().value(), "level", step.level().name(), "heldAt", heldAt));
		}
		this.jdbc.batch("""
				insert into logbook_step (occurrence_id, revision, senior_id, step_id, organisation_id, level, held_at,
				                          current)
				values (:occurrence, :revision, :senior, :step, :tenant, :level, :heldAt, true)
				""", steps);
	}

	Optional<SessionLog> find(OccurrenceId occurrence) {
		UUID id = occurrence.value();
		Optional<Header> header = this.jdbc.sql("""
				select session_id, programme_id, held_at, alert_open, alert_closed_at
				  from logbook_log
				 where organisation_id = :tenant and occurrence_id = :occurrence
				""")
			.param("occurrence", id)
			.query((row, number) -> new Header(new SessionId(row.getObject("session_id", UUID.class)),
					new ProgrammeId(row.getObject("programme_id", UUID.class)), row.getTimestamp("held_at").toInstant(),
					row.getBoolean("alert_open"), instant(row.getTimestamp("alert_closed_at"))))
			.optional();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		Map<Integer, Map<PersonId, Attendance>> attendance = new TreeMap<>();
		Map<Integer, Map<PersonId, Integer>> feedback = new TreeMap<>();
		this.jdbc.sql("""
				select revision, person_id, attendance, feedback
				  from logbook_attendance
				 where organisation_id = :tenant and occurrence_id = :occurrence
				""").param("occurrence", id).query((row) -> {
			int revision = row.getInt("revision");
			PersonId person = new PersonId(row.getObject("person_id", UUID.class));
			attendance.computeIfAbsent(revision, (key) -> new HashMap<>())
				.put(person, Attendance.valueOf(row.getString("attendance")));
			int face = row.getInt("feedback");
			if (!row.wasNull()) {
				feedback.computeIfAbsent(revision, (key) -> new HashMap<>()).put(person, face);
			}
		});
		Map<Integer, Set<TopicId>> topics = new HashMap<>();
		this.jdbc.sql("""
				select revision, topic_id
				  from logbook_topic
				 where organisation_id = :tenant and occurrence_id = :occurrence
				 order by revision, topic_id
				""")
			.param("occurrence", id)
			.query((RowCallbackHandler) (row) -> topics
				.computeIfAbsent(row.getInt("revision"), (key) -> new LinkedHashSet<>())
				.add(new TopicId(row.getObject("topic_id", UUID.class))));
		Map<Integer, List<StepReached>> steps = new HashMap<>();
		this.jdbc.sql("""
				select revision, senior_id, step_id, level
				  from logbook_step
				 where organisation_id = :tenant and occurrence_id = :occurrence
				 order by revision, senior_id, step_id
				""")
			.param("occurrence", id)
			.query((RowCallbackHandler) (row) -> steps
				.computeIfAbsent(row.getInt("revision"), (key) -> new ArrayList<>())
				.add(new StepReached(new PersonId(row.getObject("senior_id", UUID.class)),
						new StepId(row.getObject("step_id", UUID.class)),
						LearningLevel.valueOf(row.getString("level")))));
		List<LogRevision> revisions = this.jdbc.sql("""
				select revision, minutes, note, attested, scam_seen, logged_by, on_behalf, reason, logged_at
				  from logbook_revision
				 where organisation_id = :tenant and occurrence_id = :occurrence
				 order by revision
				""").param("occurrence", id).query((row, number) -> {
			int revision = row.getInt("revision");
			SessionReport report = new SessionReport(attendance.getOrDefault(revision, Map.of()), row.getInt("minutes"),
					topics.getOrDefault(revision, Set.of()), steps.getOrDefault(revision, List.of()),
					feedback.getOrDefault(revision, Map.of()), row.getString("note"), row.getBoolean("attested"),
					row.getBoolean("scam_seen"));
			return new LogRevision(revision, report, row.getObject("logged_by", UUID.class),
					row.getBoolean("on_behalf"), row.getString("reason"), row.getTimestamp("logged_at").toInstant());
		}).list();
		Header found = header.get();
		return Optional.of(new SessionLog(occurrence, found.session(), found.programme(), found.heldAt(),
				found.followUpOpen(), found.followUpClosedAt(), revisions));
	}

	boolean closeFollowUp(OccurrenceId occurrence, @Nullable UUID by, Instant at) {
		return this.jdbc.sql("""
				update logbook_log set alert_open = false, alert_closed_by = :by, alert_closed_at = :at
				 where organisation_id = :tenant and occurrence_id = :occurrence and alert_open
				""")
			.param("occurrence", occurrence.value())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The current revision of each of these occurrences that has a log. */
	Map<OccurrenceId, Integer> revisions(Collection<OccurrenceId> occurrences) {
		Map<OccurrenceId, Integer> revisions = new HashMap<>();
		List<UUID> ids = occurrences.stream().map(OccurrenceId::value).distinct().toList();
		for (int from = 0; from < ids.size(); from += IDS_CHUNK) {
			this.jdbc.sql("""
					select occurrence_id, revision from logbook_log
					 where occurrence_id in (:ids) and organisation_id = :tenant
					""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_CHUNK)))
				.query((RowCallbackHandler) (row) -> revisions
					.put(new OccurrenceId(row.getObject("occurrence_id", UUID.class)), row.getInt("revision")));
		}
		return revisions;
	}

	/**
	 * One page of the organisation's open follow-ups, the latest session first: read in
	 * the order of {@code ix_logbook_log_alert}, so a page costs its own rows only.
	 */
	List<FollowUp> openFollowUps(long offset, int limit) {
		List<FollowUp> page = this.jdbc.sql("""
				select occurrence_id, session_id, programme_id, held_at, revision, scam_seen, attested, changed_at
				  from logbook_log
				 where organisation_id = :tenant and alert_open = true
				 order by held_at desc, occurrence_id
				 limit :limit offset :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query((row, number) -> new FollowUp(new OccurrenceId(row.getObject("occurrence_id", UUID.class)),
					new SessionId(row.getObject("session_id", UUID.class)),
					new ProgrammeId(row.getObject("programme_id", UUID.class)), row.getTimestamp("held_at").toInstant(),
					row.getInt("revision"), row.getBoolean("scam_seen"), row.getBoolean("attested"),
					row.getTimestamp("changed_at").toInstant(), List.of()))
			.list();
		if (page.isEmpty()) {
			return page;
		}
		Map<UUID, List<PersonId>> mentors = new HashMap<>();
		this.jdbc.sql("""
				select occurrence_id, person_id from logbook_attendance
				 where occurrence_id in (:ids) and organisation_id = :tenant and current and role = 'MENTOR'
				 order by person_id
				""")
			.param("ids", page.stream().map((followUp) -> followUp.occurrence().value()).toList())
			.query((RowCallbackHandler) (row) -> mentors
				.computeIfAbsent(row.getObject("occurrence_id", UUID.class), (key) -> new ArrayList<>())
				.add(new PersonId(row.getObject("person_id", UUID.class))));
		return page.stream()
			.map((followUp) -> new FollowUp(followUp.occurrence(), followUp.session(), followUp.programme(),
					followUp.heldAt(), followUp.revision(), followUp.scamSeen(), followUp.attested(),
					followUp.changedAt(), mentors.getOrDefault(followUp.occurrence().value(), List.of())))
			.toList();
	}

	long countOpenFollowUps() {
		return this.jdbc.sql("""
				select count(*) from logbook_log where organisation_id = :tenant and alert_open = true
				""").query(Long.class).single();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Header(SessionId session, ProgrammeId programme, Instant heldAt, boolean followUpOpen,
			@Nullable Instant followUpClosedAt) {
	}

}
