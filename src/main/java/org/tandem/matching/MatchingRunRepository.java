package org.tandem.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TenantJdbc;

/**
 * Matching runs and what they proposed (V13): the run, its pairs with their explanations,
 * its unmatched seniors with their reasons, and its candidate set as one compressed
 * binary ({@link StoredCandidates}).
 */
@Repository
class MatchingRunRepository {

	/**
	 * Rows per JDBC batch, so that a national proposal is not one huge statement, and
	 * rows per read when a whole proposal is streamed.
	 */
	static final int BATCH = 1_000;

	private final TenantJdbc jdbc;

	MatchingRunRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new RUNNING run, unless the programme has one running already.
	 * @return false if another run of the programme is running
	 */
	boolean start(MatchingRunId id, ProgrammeId programme, MatchingMode mode, @Nullable UUID startedBy, Instant at) {
		if (running(programme)) {
			return false;
		}
		try {
			this.jdbc.sql("""
					insert into matching_run (id, organisation_id, programme_id, mode, status, running_programme_id,
					                          progress, started_by, started_at, updated_at)
					values (:id, :tenant, :programme, :mode, 'RUNNING', :programme, 0, :startedBy, :at, :at)
					""")
				.param("id", id.value())
				.param("programme", programme.value())
				.param("mode", mode.name())
				.param("startedBy", startedBy)
				.param("at", Timestamp.from(at))
				.update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			// Another instance started one between the check and the insert.
			return false;
		}
	}

	private boolean running(ProgrammeId programme) {
		return this.jdbc.sql("""
				select count(*) from matching_run
				 where organisation_id = :tenant and running_programme_id = :programme
				""").param("programme", programme.value()).query(Long.class).single() > 0;
	}

	/**
	 * Marks as FAILED the programme's runs not heard from since {@code before}: their
	 * instance stopped while they ran, and they would otherwise block the programme.
	 * @return how many
	 */
	int failStale(ProgrammeId programme, Instant before, Instant at) {
		return this.jdbc.sql("""
				update matching_run
				   set status = 'FAILED', running_programme_id = null, failure = 'Abandoned', finished_at = :at,
				       updated_at = :at
				 where organisation_id = :tenant and running_programme_id = :programme and updated_at < :before
				""")
			.param("programme", programme.value())
			.param("before", Timestamp.from(before))
			.param("at", Timestamp.from(at))
			.update();
	}

	void progress(MatchingRunId id, int percent, Instant at) {
		this.jdbc.sql("""
				update matching_run set progress = :percent, updated_at = :at
				 where id = :id and organisation_id = :tenant and status = 'RUNNING'
				""").param("id", id.value()).param("percent", percent).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Stores exactly what the solver is given, compressed into one value, with its
	 * counts.
	 */
	void saveCandidates(MatchingRunId id, MatchingProblem problem, int percent, Instant at) {
		StoredCandidates.Encoded encoded = StoredCandidates.encode(problem);
		this.jdbc.sql("""
				insert into matching_run_candidates (run_id, organisation_id, format, content, content_size)
				values (:id, :tenant, :format, :content, :size)
				""")
			.param("id", id.value())
			.param("format", StoredCandidates.FORMAT)
			.param("content", new SqlBinaryValue(encoded.stream(), encoded.size()))
			.param("size", (long) encoded.size())
			.update();
		this.jdbc.sql("""
				update matching_run
				   set senior_count = :seniors, mentor_count = :mentors, candidate_count = :candidates,
				       kept_count = :kept, progress = :percent, updated_at = :at
				 where id = :id and organisation_id = :tenant
				""")
			.param("id", id.value())
			.param("seniors", problem.seniorCount())
			.param("mentors", problem.mentorCount())
			.param("candidates", (long) problem.candidates().size())
			.param("kept", problem.fixed().size())
			.param("percent", percent)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Stores the proposal and marks the run FINISHED, which frees the programme for the
	 * next run: {@link #savePairs}, {@link #saveUnmatched} and
	 * {@link #finish(MatchingRunId, MatchingResult, Instant)} in one go.
	 */
	void finish(MatchingRunId id, MatchingResult result, List<ProposedPair> pairs, List<UnmatchedSenior> unmatched,
			Instant at) {
		savePairs(id, pairs);
		saveUnmatched(id, unmatched);
		finish(id, result, at);
	}

	/**
	 * Stores pairs of a run's proposal, in the caller's transaction. The explanations are
	 * written as JSON on every processor before the rows go in, {@value #BATCH} to a JDBC
	 * batch.
	 */
	void savePairs(MatchingRunId id, List<ProposedPair> pairs) {
		List<Map<String, Object>> rows = pairs.parallelStream().map((pair) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("run", id.value());
			row.put("senior", pair.senior().value());
			row.put("mentor", pair.mentor().value());
			row.put("score", pair.score());
			row.put("kept", pair.kept());
			row.put("explanation", PhraseJson.explanation(pair.explanation()));
			return row;
		}).toList();
		for (int from = 0; from < rows.size(); from += BATCH) {
			insertPairs(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	/** Stores seniors a run left unmatched, as {@link #savePairs} stores pairs. */
	void saveUnmatched(MatchingRunId id, List<UnmatchedSenior> unmatched) {
		List<Map<String, Object>> rows = unmatched.parallelStream()
			.map((senior) -> Map.<String, Object>of("run", id.value(), "senior", senior.senior().value(), "reasons",
					PhraseJson.reasons(senior.reasons())))
			.toList();
		for (int from = 0; from < rows.size(); from += BATCH) {
			insertUnmatched(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	/**
	 * Marks the run FINISHED with its result once its proposal is stored, which frees the
	 * programme for the next run.
	 */
	void finish(MatchingRunId id, MatchingResult result, Instant at) {
		this.jdbc.sql("""
				update matching_run
				   set status = 'FINISHED', running_programme_id = null, progress = 100, matched_count = :matched,
				       unmatched_count = :unmatched, objective = :objective, finished_at = :at, updated_at = :at
				 where id = :id and organisation_id = :tenant
				""")
			.param("id", id.value())
			.param("matched", result.matchedCount())
			.param("unmatched", result.unmatched().size())
			.param("objective", result.objective())
			.param("at", Timestamp.from(at))
			.update();
	}

	private void insertPairs(List<Map<String, Object>> rows) {
		this.jdbc.batch("""
				insert into matching_run_assignment (organisation_id, run_id, senior_id, mentor_id, score, kept,
				                                     explanation)
				values (:tenant, :run, :senior, :mentor, :score, :kept, :explanation)
				""", rows);
	}

	private void insertUnmatched(List<Map<String, Object>> rows) {
		this.jdbc.batch("""
				insert into matching_run_unmatched (organisation_id, run_id, senior_id, reasons)
				values (:tenant, :run, :senior, :reasons)
				""", rows);
	}

	/**
	 * Marks a running run FAILED, freeing the programme.
	 * @param failure a technical name for what went wrong, never personal data
	 */
	void fail(MatchingRunId id, String failure, Instant at) {
		this.jdbc.sql("""
				update matching_run
				   set status = 'FAILED', running_programme_id = null, failure = :failure, finished_at = :at,
				       updated_at = :at
				 where id = :id and organisation_id = :tenant and status = 'RUNNING'
				""")
			.param("id", id.value())
			.param("failure", (failure.length() > 200) ? failure.substring(0, 200) : failure)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<MatchingRun> find(MatchingRunId id) {
		return this.jdbc.sql("""
				select id, programme_id, mode, status, progress, senior_count, mentor_count, candidate_count,
				       kept_count, matched_count, unmatched_count, objective, started_by, started_at, finished_at,
				       failure
				  from matching_run
				 where id = :id and organisation_id = :tenant
				""").param("id", id.value()).query((row, number) -> run(row)).optional();
	}

	/** The programme's latest runs, newest first. */
	List<MatchingRun> recent(ProgrammeId programme, int limit) {
		return this.jdbc.sql("""
				select id, programme_id, mode, status, progress, senior_count, mentor_count, candidate_count,
				       kept_count, matched_count, unmatched_count, objective, started_by, started_at, finished_at,
				       failure
				  from matching_run
				 where organisation_id = :tenant and programme_id = :programme
				 order by started_at desc, id
				 limit :limit
				""")
			.param("programme", programme.value())
			.param("limit", limit)
			.query((row, number) -> run(row))
			.list();
	}

	/** The run's pairs, by senior id, all of them: only for runs known to be small. */
	List<ProposedPair> proposals(MatchingRunId id) {
		List<ProposedPair> pairs = new ArrayList<>();
		eachProposal(id, pairs::add);
		return pairs;
	}

	/** The seniors the run left unmatched, by id, all of them. */
	List<UnmatchedSenior> unmatched(MatchingRunId id) {
		List<UnmatchedSenior> seniors = new ArrayList<>();
		eachUnmatched(id, seniors::add);
		return seniors;
	}

	/**
	 * One page of the run's pairs in the order a coordinator reviews them: the new pairs
	 * before those kept from before, the best score first, then by senior id. The order
	 * is that of an index (V16), so that a page is read without sorting the run.
	 */
	List<ProposedPair> proposals(MatchingRunId id, ProposalFilter filter, int offset, int limit) {
		return this.jdbc.sql("""
				select senior_id, mentor_id, score, kept, explanation from matching_run_assignment
				 where organisation_id = :tenant and run_id = :id %s
				 order by organisation_id, run_id, kept, score desc, senior_id
				 limit :limit offset :offset
				""".formatted(keptCondition(filter)))
			.param("id", id.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((row, number) -> proposal(row))
			.list();
	}

	long countProposals(MatchingRunId id, ProposalFilter filter) {
		return this.jdbc.sql("""
				select count(*) from matching_run_assignment
				 where organisation_id = :tenant and run_id = :id %s
				""".formatted(keptCondition(filter))).param("id", id.value()).query(Long.class).single();
	}

	private static String keptCondition(ProposalFilter filter) {
		return switch (filter) {
			case ALL -> "";
			case NEW -> "and kept = false";
			case KEPT -> "and kept = true";
		};
	}

	/** One page of the seniors the run left unmatched, by id. */
	List<UnmatchedSenior> unmatched(MatchingRunId id, int offset, int limit) {
		return this.jdbc.sql("""
				select senior_id, reasons from matching_run_unmatched
				 where organisation_id = :tenant and run_id = :id
				 order by organisation_id, run_id, senior_id
				 limit :limit offset :offset
				""")
			.param("id", id.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((row, number) -> unmatched(row))
			.list();
	}

	long countUnmatched(MatchingRunId id) {
		return this.jdbc.sql("""
				select count(*) from matching_run_unmatched where organisation_id = :tenant and run_id = :id
				""").param("id", id.value()).query(Long.class).single();
	}

	/**
	 * Hands each of the run's pairs to {@code action}, by senior id, reading
	 * {@value #BATCH} at a time after the last senior read: however large the run, only
	 * one batch is held, and no connection or transaction is kept open between batches (a
	 * stored proposal never changes).
	 */
	void eachProposal(MatchingRunId id, Consumer<ProposedPair> action) {
		eachBatch("""
				select senior_id, mentor_id, score, kept, explanation from matching_run_assignment
				 where organisation_id = :tenant and run_id = :id %s
				 order by run_id, senior_id
				 limit :limit
				""", id, MatchingRunRepository::proposal, (pair) -> pair.senior().value(), action);
	}

	/**
	 * Hands each senior the run left unmatched to {@code action}, as
	 * {@link #eachProposal}.
	 */
	void eachUnmatched(MatchingRunId id, Consumer<UnmatchedSenior> action) {
		eachBatch("""
				select senior_id, reasons from matching_run_unmatched
				 where organisation_id = :tenant and run_id = :id %s
				 order by run_id, senior_id
				 limit :limit
				""", id, MatchingRunRepository::unmatched, (senior) -> senior.senior().value(), action);
	}

	private <T> void eachBatch(String sql, MatchingRunId id, RowReader<T> reader, Function<T, UUID> senior,
			Consumer<T> action) {
		@Nullable UUID after = null;
		while (true) {
			StatementSpec statement = this.jdbc.sql(sql.formatted((after != null) ? "and senior_id > :after" : ""))
				.param("id", id.value())
				.param("limit", BATCH);
			if (after != null) {
				statement = statement.param("after", after);
			}
			List<T> batch = statement.query((row, number) -> reader.read(row)).list();
			batch.forEach(action);
			if (batch.size() < BATCH) {
				return;
			}
			after = senior.apply(batch.get(batch.size() - 1));
		}
	}

	private static ProposedPair proposal(ResultSet row) throws SQLException {
		return new ProposedPair(new PersonId(row.getObject("senior_id", UUID.class)),
				new PersonId(row.getObject("mentor_id", UUID.class)), row.getInt("score"), row.getBoolean("kept"),
				PhraseJson.explanation(row.getString("explanation")));
	}

	private static UnmatchedSenior unmatched(ResultSet row) throws SQLException {
		return new UnmatchedSenior(new PersonId(row.getObject("senior_id", UUID.class)),
				PhraseJson.reasons(row.getString("reasons")));
	}

	/** Reads one row into one item. */
	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet row) throws SQLException;

	}

	/**
	 * Streams the run's stored candidate set into {@code sink}.
	 * @return false, with nothing streamed, if the run has stored none
	 */
	boolean readCandidates(MatchingRunId id, CandidateSink sink) throws IOException {
		boolean[] found = { false };
		try {
			this.jdbc.sql("""
					select content from matching_run_candidates where run_id = :id and organisation_id = :tenant
					""").param("id", id.value()).query((ResultSet row) -> {
				found[0] = true;
				try (InputStream content = row.getBinaryStream("content")) {
					StoredCandidates.read(content, sink);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return found[0];
	}

	private static MatchingRun run(ResultSet row) throws SQLException {
		Timestamp finished = row.getTimestamp("finished_at");
		return new MatchingRun(new MatchingRunId(row.getObject("id", UUID.class)),
				new ProgrammeId(row.getObject("programme_id", UUID.class)), MatchingMode.valueOf(row.getString("mode")),
				MatchingRunStatus.valueOf(row.getString("status")), row.getInt("progress"),
				row.getObject("senior_count", Integer.class), row.getObject("mentor_count", Integer.class),
				row.getObject("candidate_count", Long.class), row.getObject("kept_count", Integer.class),
				row.getObject("matched_count", Integer.class), row.getObject("unmatched_count", Integer.class),
				row.getObject("objective", Long.class), row.getObject("started_by", UUID.class),
				row.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				row.getString("failure"));
	}

}
