package org.tandem.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TenantJdbc;

/** The coordinators' decisions on pairs, in {@code matching_pair}. */
@Repository
class PairRepository {

	/** How many people one "in (...)" list names at most. */
	private static final int CHUNK = 200;

	private static final String COLUMNS = """
			id, programme_id, senior_id, mentor_id, status, manual, run_id, score, reason, decided_by, decided_at,
			ended_by, ended_at""";

	private final TenantJdbc jdbc;

	PairRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Pair pair) {
		this.jdbc.sql("""
				insert into matching_pair (id, organisation_id, programme_id, senior_id, mentor_id, status, manual,
				                           run_id, score, reason, decided_by, decided_at)
				values (:id, :tenant, :programme, :senior, :mentor, :status, :manual,
				        :run, :score, :reason, :decidedBy, :decidedAt)
				""")
			.param("id", pair.id().value())
			.param("programme", pair.programme().value())
			.param("senior", pair.senior().value())
			.param("mentor", pair.mentor().value())
			.param("status", pair.status().name())
			.param("manual", pair.manual())
			.param("run", pair.run())
			.param("score", pair.score())
			.param("reason", pair.reason())
			.param("decidedBy", pair.decidedBy())
			.param("decidedAt", Timestamp.from(pair.decidedAt()))
			.update();
	}

	Optional<Pair> find(PairId id) {
		return this.jdbc.sql("select " + COLUMNS + " from matching_pair where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(PairRepository::row)
			.optional();
	}

	/**
	 * A pinned pair approved, or a kept pair rejected after all; false if someone moved
	 * it first.
	 */
	boolean decide(PairId id, PairStatus from, PairStatus to, @Nullable String reason, @Nullable UUID by, Instant at) {
		return this.jdbc.sql("""
				update matching_pair
				   set status = :to, reason = :reason, decided_by = :by, decided_at = :at
				 where id = :id and organisation_id = :tenant and status = :from
				""")
			.param("id", id.value())
			.param("from", from.name())
			.param("to", to.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** A kept pair is over; false if someone moved it first. */
	boolean end(PairId id, PairStatus from, @Nullable String reason, @Nullable UUID by, Instant at) {
		return this.jdbc.sql("""
				update matching_pair
				   set status = 'ENDED', reason = :reason, ended_by = :by, ended_at = :at
				 where id = :id and organisation_id = :tenant and status = :from
				""")
			.param("id", id.value())
			.param("from", from.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The programme's decisions with these statuses, oldest first. */
	List<Pair> inProgramme(ProgrammeId programme, List<PairStatus> statuses) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from matching_pair
				 where organisation_id = :tenant and programme_id = :programme and status in (:statuses)
				 order by decided_at, id
				""")
			.param("programme", programme.value())
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(PairRepository::row)
			.list();
	}

	/**
	 * Every decision of a programme that involves one of the people, as senior or as
	 * mentor, oldest first: what a check of one pair or the match of one newcomer starts
	 * from. Read by the senior and mentor indexes.
	 */
	List<Pair> involving(ProgrammeId programme, Collection<PersonId> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = people.stream().map(PersonId::value).distinct().toList();
		Map<PairId, Pair> found = new LinkedHashMap<>();
		// By the person indexes only: with the programme in the condition as well, H2
		// walked the programme's index instead. Other programmes' pairs are few.
		// In short lists: H2 compares each row it finds with the list value by value.
		for (String side : List.of("senior_id", "mentor_id")) {
			for (int from = 0; from < ids.size(); from += CHUNK) {
				this.jdbc
					.sql("select " + COLUMNS + " from matching_pair where organisation_id = :tenant and " + side
							+ " in (:people)")
					.param("people", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
					.query(PairRepository::row)
					.list()
					.stream()
					.filter((pair) -> pair.programme().equals(programme))
					.forEach((pair) -> found.put(pair.id(), pair));
			}
		}
		return found.values()
			.stream()
			.sorted(Comparator.comparing(Pair::decidedAt).thenComparing((pair) -> pair.id().value()))
			.toList();
	}

	/**
	 * The approved and pinned pairs of a programme in which one of these mentors takes
	 * part, oldest first, as senior and mentor only: the places they take are all a
	 * newcomer's candidate set needs of the mentors' decisions. Read by the mentor index,
	 * and ordered as {@link #inProgramme} orders them (uuids compared as PostgreSQL and
	 * H2 do, byte by byte).
	 */
	List<PairOfPeople> keptWithMentors(ProgrammeId programme, Collection<PersonId> mentors) {
		if (mentors.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = mentors.stream().map(PersonId::value).distinct().toList();
		List<KeptPair> kept = new ArrayList<>();
		// By the mentor index only, in short lists, as in involving.
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.sql("""
					select id, senior_id, mentor_id, programme_id, decided_at from matching_pair
					 where organisation_id = :tenant and mentor_id in (:mentors) and status in ('APPROVED', 'PINNED')
					""")
				.param("mentors", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((ResultSet row) -> {
					if (programme.value().equals(row.getObject("programme_id", UUID.class))) {
						kept.add(new KeptPair(row.getObject("id", UUID.class),
								row.getTimestamp("decided_at").toInstant(),
								new PairOfPeople(new PersonId(row.getObject("senior_id", UUID.class)),
										new PersonId(row.getObject("mentor_id", UUID.class)))));
					}
				});
		}
		return kept.stream()
			.sorted(Comparator.comparing(KeptPair::decidedAt).thenComparing((pair) -> pair.id().toString()))
			.map(KeptPair::people)
			.toList();
	}

	/** A kept pair with what orders it among the others. */
	private record KeptPair(UUID id, Instant decidedAt, PairOfPeople people) {
	}

	/** How many approved pairs a person has in any programme, as senior or as mentor. */
	int approvedPairsOf(PersonId person) {
		return this.jdbc.sql("""
				select count(*) from matching_pair
				 where organisation_id = :tenant and status = 'APPROVED'
				   and (senior_id = :person or mentor_id = :person)
				""").param("person", person.value()).query(Integer.class).single();
	}

	private static Pair row(ResultSet row, int number) throws SQLException {
		Timestamp endedAt = row.getTimestamp("ended_at");
		int score = row.getInt("score");
		Integer maybeScore = row.wasNull() ? null : score;
		return new Pair(new PairId(row.getObject("id", UUID.class)),
				new ProgrammeId(row.getObject("programme_id", UUID.class)),
				new PersonId(row.getObject("senior_id", UUID.class)),
				new PersonId(row.getObject("mentor_id", UUID.class)), PairStatus.valueOf(row.getString("status")),
				row.getBoolean("manual"), row.getObject("run_id", UUID.class), maybeScore, row.getString("reason"),
				row.getObject("decided_by", UUID.class), row.getTimestamp("decided_at").toInstant(),
				row.getObject("ended_by", UUID.class), (endedAt != null) ? endedAt.toInstant() : null);
	}

}
