package org.tandem.logbook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.TopicId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.OccurrenceId;
import org.tandem.system.TenantJdbc;

/**
 * Reads the current revisions' rows for {@link LogHistory}: a person's by the attendance
 * and step indexes that start with the person, a programme's by the log index that starts
 * with the organisation and the programme; the other rows of a session by its primary
 * key.
 */
@Repository
class LogHistoryRepository {

	/** Ids per statement: H2 compares every row it finds with the whole "in" list. */
	static final int CHUNK = 200;

	private final TenantJdbc jdbc;

	LogHistoryRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	Set<TopicId> topicsOf(PersonId senior) {
		Set<TopicId> topics = new HashSet<>();
		this.jdbc.sql("""
				select distinct t.topic_id
				  from logbook_attendance a
				  join logbook_topic t on t.occurrence_id = a.occurrence_id and t.revision = a.revision
				 where a.person_id = :senior and a.organisation_id = :tenant and a.current
				   and a.role = 'SENIOR' and a.attendance = 'PRESENT'
				""")
			.param("senior", senior.value())
			.query((RowCallbackHandler) (row) -> topics.add(new TopicId(row.getObject("topic_id", UUID.class))));
		return topics;
	}

	List<StepEntry> stepsOf(PersonId senior) {
		return this.jdbc.sql("""
				select step_id, level, held_at, occurrence_id
				  from logbook_step
				 where senior_id = :senior and organisation_id = :tenant and current
				 order by held_at, occurrence_id, step_id
				""")
			.param("senior", senior.value())
			.query((row, number) -> new StepEntry(new StepId(row.getObject("step_id", UUID.class)),
					LearningLevel.valueOf(row.getString("level")), row.getTimestamp("held_at").toInstant(),
					new OccurrenceId(row.getObject("occurrence_id", UUID.class))))
			.list();
	}

	MentoredSessions mentored(PersonId mentor) {
		String present = """
				  from logbook_attendance a
				  %s
				 where a.person_id = :mentor and a.organisation_id = :tenant and a.current
				   and a.role = 'MENTOR' and a.attendance = 'PRESENT'
				""";
		long[] totals = new long[2];
		this.jdbc
			.sql("select count(*) as sessions, coalesce(sum(l.minutes), 0) as minutes"
					+ present.formatted("join logbook_log l on l.occurrence_id = a.occurrence_id"))
			.param("mentor", mentor.value())
			.query((RowCallbackHandler) (row) -> {
				totals[0] = row.getLong("sessions");
				totals[1] = row.getLong("minutes");
			});
		int seniors = this.jdbc.sql("select count(distinct s.person_id)" + present.formatted("""
				join logbook_attendance s on s.occurrence_id = a.occurrence_id and s.revision = a.revision
				                         and s.role = 'SENIOR' and s.attendance = 'PRESENT'
				""")).param("mentor", mentor.value()).query(Integer.class).single();
		Set<TopicId> topics = new HashSet<>();
		this.jdbc
			.sql("select distinct t.topic_id" + present
				.formatted("join logbook_topic t on t.occurrence_id = a.occurrence_id and t.revision = a.revision"))
			.param("mentor", mentor.value())
			.query((RowCallbackHandler) (row) -> topics.add(new TopicId(row.getObject("topic_id", UUID.class))));
		return new MentoredSessions((int) totals[0], totals[1], seniors, topics);
	}

	Set<PersonId> seniorsPresentSince(ProgrammeId programme, Instant since) {
		Set<PersonId> seniors = new HashSet<>();
		this.jdbc.sql("""
				select distinct a.person_id
				  from logbook_log l
				  join logbook_attendance a on a.occurrence_id = l.occurrence_id and a.revision = l.revision
				 where l.organisation_id = :tenant and l.programme_id = :programme and l.held_at >= :since
				   and a.role = 'SENIOR' and a.attendance = 'PRESENT'
				""")
			.param("programme", programme.value())
			.param("since", Timestamp.from(since))
			.query((RowCallbackHandler) (row) -> seniors.add(new PersonId(row.getObject("person_id", UUID.class))));
		return seniors;
	}

	Map<PersonId, LastAttended> lastAttended(ProgrammeId programme, Collection<PersonId> seniors) {
		List<UUID> ids = seniors.stream().map(PersonId::value).distinct().toList();
		Map<PersonId, OccurrenceId> occurrences = new LinkedHashMap<>();
		Map<PersonId, Instant> heldAt = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.sql("""
					select person_id, occurrence_id, held_at
					  from (select a.person_id, a.occurrence_id, a.held_at,
					               row_number() over (partition by a.person_id
					                                  order by a.held_at desc, a.occurrence_id desc) as latest
					          from logbook_attendance a
					          join logbook_log l on l.occurrence_id = a.occurrence_id
					         where a.person_id in (:seniors) and a.organisation_id = :tenant and a.current
					           and a.role = 'SENIOR' and a.attendance = 'PRESENT' and l.programme_id = :programme) x
					 where latest = 1
					""")
				.param("seniors", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.param("programme", programme.value())
				.query((RowCallbackHandler) (row) -> {
					PersonId senior = new PersonId(row.getObject("person_id", UUID.class));
					occurrences.put(senior, new OccurrenceId(row.getObject("occurrence_id", UUID.class)));
					heldAt.put(senior, row.getTimestamp("held_at").toInstant());
				});
		}
		Map<OccurrenceId, PersonId> mentors = mentorsOf(occurrences.values());
		Map<PersonId, LastAttended> last = new LinkedHashMap<>();
		occurrences.forEach((senior, occurrence) -> last.put(senior,
				new LastAttended(senior, occurrence, heldAt.get(senior), mentors.get(occurrence))));
		return last;
	}

	/** The mentor of each session: one who came if any did, else one who was booked. */
	private Map<OccurrenceId, PersonId> mentorsOf(Collection<OccurrenceId> occurrences) {
		List<UUID> ids = occurrences.stream().map(OccurrenceId::value).distinct().toList();
		Map<OccurrenceId, PersonId> mentors = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.sql("""
					select occurrence_id, person_id
					  from logbook_attendance
					 where occurrence_id in (:occurrences) and organisation_id = :tenant and current
					   and role = 'MENTOR'
					 order by case when attendance = 'PRESENT' then 1 else 0 end, person_id desc
					""")
				.param("occurrences", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((RowCallbackHandler) (row) -> mentors.put(
						new OccurrenceId(row.getObject("occurrence_id", UUID.class)),
						new PersonId(row.getObject("person_id", UUID.class))));
		}
		return mentors;
	}

	List<SharedSessions> sharedSessions(ProgrammeId programme, int sessions) {
		record Key(PersonId senior, PersonId mentor) {
		}
		Map<Key, List<Attendance>> attendance = new LinkedHashMap<>();
		Map<Key, Instant> latest = new HashMap<>();
		this.jdbc.sql("""
				select senior_id, mentor_id, attendance, held_at
				  from (select s.person_id as senior_id, m.person_id as mentor_id, s.attendance, s.held_at,
				               row_number() over (partition by s.person_id, m.person_id
				                                  order by s.held_at desc, s.occurrence_id desc) as latest
				          from logbook_log l
				          join logbook_attendance s on s.occurrence_id = l.occurrence_id and s.revision = l.revision
				                                   and s.role = 'SENIOR'
				          join logbook_attendance m on m.occurrence_id = l.occurrence_id and m.revision = l.revision
				                                   and m.role = 'MENTOR'
				         where l.organisation_id = :tenant and l.programme_id = :programme) x
				 where latest <= :sessions
				 order by senior_id, mentor_id, latest
				""")
			.param("programme", programme.value())
			.param("sessions", sessions)
			.query((RowCallbackHandler) (row) -> {
				Key key = new Key(new PersonId(row.getObject("senior_id", UUID.class)),
						new PersonId(row.getObject("mentor_id", UUID.class)));
				attendance.computeIfAbsent(key, (ignored) -> new ArrayList<>())
					.add(Attendance.valueOf(row.getString("attendance")));
				latest.putIfAbsent(key, row.getTimestamp("held_at").toInstant());
			});
		List<SharedSessions> shared = new ArrayList<>();
		attendance.forEach(
				(key, values) -> shared.add(new SharedSessions(key.senior(), key.mentor(), values, latest.get(key))));
		return shared;
	}

}
