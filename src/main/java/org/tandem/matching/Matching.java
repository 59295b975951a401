package org.tandem.matching;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * Matching runs: a coordinator starts one for a programme, it runs in the background, and
 * its proposal is kept with the exact candidate set it was solved over, so that every
 * pair can be explained and anyone can re-solve the candidates and check that the
 * proposal is optimal. A run finds the candidates, stores them, solves, explains the
 * chosen pairs and the unmatched seniors, and stores the proposal; its progress is
 * visible to other requests between those steps.
 */
@Service
public class Matching {

	/**
	 * A run not heard from for this long died with its instance; the next start of its
	 * programme marks it FAILED. Far longer than a national run's slowest step.
	 */
	static final Duration STALE_RUN = Duration.ofMinutes(15);

	/** Pairs or unmatched seniors explained and stored at a time. */
	static final int EXPLAINED_AT_ONCE = 4_096;

	/** Progress after each step, in percent. */
	static final int CANDIDATES_FOUND = 30;

	static final int CANDIDATES_STORED = 45;

	static final int SOLVED = 70;

	/** The most a page of a run's proposals or unmatched seniors holds. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final Logger log = LoggerFactory.getLogger(Matching.class);

	private final CandidateFinder finder;

	private final Pairs pairs;

	private final Programmes programmes;

	private final MatchingRunRepository runs;

	private final RunExecutor executor;

	private final Tenancy tenancy;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Matching(CandidateFinder finder, Pairs pairs, Programmes programmes, MatchingRunRepository runs,
			RunExecutor executor, Tenancy tenancy, PlatformTransactionManager transactions, Clock clock) {
		this.finder = finder;
		this.pairs = pairs;
		this.programmes = programmes;
		this.runs = runs;
		this.executor = executor;
		this.tenancy = tenancy;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Starts a run of a programme in the background, acting for the current organisation
	 * and user. Follow it with {@link #run}: it turns FINISHED or FAILED.
	 * @param mode {@link MatchingMode#OPTIMAL} or {@link MatchingMode#STABLE}
	 * @return the new run, RUNNING
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 * @throws MatchingRunAlreadyRunning if another run of the programme is running
	 * @throws MatchingBusy if too many runs wait already
	 * @throws IllegalArgumentException for the greedy mode, which is only a benchmark
	 * baseline
	 */
	public MatchingRunId start(ProgrammeId programme, MatchingMode mode) {
		if (mode == MatchingMode.GREEDY) {
			throw new IllegalArgumentException("The greedy matching is a benchmark baseline, never a proposal");
		}
		this.programmes.get(programme);
		MatchingRunId id = new MatchingRunId(UUID.randomUUID());
		OrganisationId organisation = this.tenancy.current();
		@Nullable UUID startedBy = this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
		this.ownTransaction.executeWithoutResult((status) -> {
			Instant now = now();
			this.runs.failStale(programme, now.minus(STALE_RUN), now);
			if (!this.runs.start(id, programme, mode, startedBy, now)) {
				throw new MatchingRunAlreadyRunning(programme);
			}
		});
		Runnable work = () -> this.tenancy.runAs(organisation, () -> execute(id, programme, mode));
		if (!this.executor.start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()))) {
			this.ownTransaction.executeWithoutResult((status) -> this.runs.fail(id, "Busy", now()));
			throw new MatchingBusy(id);
		}
		return id;
	}

	/**
	 * The run itself, on a background thread acting for the run's organisation. Any error
	 * marks the run FAILED, so that it never stays RUNNING and blocks its programme.
	 */
	void execute(MatchingRunId id, ProgrammeId programme, MatchingMode mode) {
		try {
			long began = System.nanoTime();
			// Approved and pinned pairs stay as they are, rejected ones are never
			// proposed again, and ended ones count as continuity.
			CandidateSet candidates = this.finder.find(this.pairs.request(programme));
			long found = System.nanoTime();
			MatchingProblem problem = candidates.problem();
			progress(id, CANDIDATES_FOUND);
			// The candidate set is compressed and stored while the solver works: the
			// solve of the largest part (a big city) leaves the other processors idle.
			OrganisationId organisation = this.tenancy.current();
			CompletableFuture<Void> stored = CompletableFuture.runAsync(
					() -> this.tenancy.runAs(organisation,
							() -> this.ownTransaction.executeWithoutResult(
									(status) -> this.runs.saveCandidates(id, problem, CANDIDATES_STORED, now()))),
					(task) -> new Thread(task, "matching-store-" + id).start());
			MatchingResult result = mode.solve(problem);
			long solved = System.nanoTime();
			joinStored(stored);
			progress(id, SOLVED);
			long storedAt = System.nanoTime();
			explainAndStore(id, candidates, result);
			long finished = System.nanoTime();
			log.info(
					"Matching run {} of programme {} finished: {} matched, {} unmatched, {} candidates, objective {}, "
							+ "in {} ms: candidates {} ms, solve {} ms, then storing the candidates {} ms, "
							+ "explaining and storing the proposal {} ms",
					id, programme, result.matchedCount(), result.unmatched().size(), problem.candidates().size(),
					result.objective(), millis(began, finished), millis(began, found), millis(found, solved),
					millis(solved, storedAt), millis(storedAt, finished));
		}
		catch (RuntimeException | OutOfMemoryError failure) {
			// Only the error's type: messages can quote people's data.
			log.error("Matching run {} of programme {} failed: {}", id, programme, failure.getClass().getName());
			this.ownTransaction
				.executeWithoutResult((status) -> this.runs.fail(id, failure.getClass().getSimpleName(), now()));
		}
	}

	/**
	 * Explains every pair and every unmatched senior and stores the proposal in one
	 * transaction, a part at a time: explaining is work for the processors and storing
	 * mostly for the database, so each part is stored while the next is explained (each
	 * pair on its own, on every processor, from data that no longer changes). A failure
	 * of either rolls the whole proposal back.
	 */
	private void explainAndStore(MatchingRunId id, CandidateSet candidates, MatchingResult result) {
		List<Supplier<Runnable>> parts = new ArrayList<>();
		for (boolean kept : List.of(false, true)) {
			for (List<Assignment> part : parts(kept ? result.fixed() : result.assignments())) {
				parts.add(() -> {
					List<ProposedPair> pairs = part.parallelStream()
						.map((pair) -> proposal(candidates, pair, kept))
						.toList();
					return () -> this.runs.savePairs(id, pairs);
				});
			}
		}
		for (List<UUID> part : parts(result.unmatched())) {
			parts.add(() -> {
				List<UnmatchedSenior> seniors = part.parallelStream()
					.map((senior) -> new UnmatchedSenior(new PersonId(senior),
							candidates.unmatchedReasons(new PersonId(senior))))
					.toList();
				return () -> this.runs.saveUnmatched(id, seniors);
			});
		}
		ExecutorService explainer = Executors
			.newSingleThreadExecutor((task) -> new Thread(task, "matching-explain-" + id));
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				Future<Runnable> next = parts.isEmpty() ? null : explainer.submit(parts.get(0)::get);
				for (int part = 0; part < parts.size(); part++) {
					Runnable store = explained(next);
					next = (part + 1 < parts.size()) ? explainer.submit(parts.get(part + 1)::get) : null;
					store.run();
				}
				this.runs.finish(id, result, now());
			});
		}
		finally {
			explainer.shutdownNow();
		}
	}

	private static <T> List<List<T>> parts(List<T> all) {
		List<List<T>> parts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += EXPLAINED_AT_ONCE) {
			parts.add(all.subList(from, Math.min(all.size(), from + EXPLAINED_AT_ONCE)));
		}
		return parts;
	}

	/** Waits for a part to be explained; its failure fails the run. */
	private static Runnable explained(Future<Runnable> part) {
		try {
			return part.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while explaining a proposal", ex);
		}
		catch (ExecutionException failed) {
			throw unchecked(failed);
		}
	}

	/** What failed in another thread, to be thrown as it was. */
	private static RuntimeException unchecked(Exception failed) {
		if (failed.getCause() instanceof RuntimeException cause) {
			return cause;
		}
		if (failed.getCause() instanceof Error cause) {
			throw cause;
		}
		return new IllegalStateException(failed.getCause());
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** Waits for the candidate set to be stored; its failure fails the run. */
	private static void joinStored(CompletableFuture<Void> stored) {
		try {
			stored.join();
		}
		catch (CompletionException failed) {
			throw unchecked(failed);
		}
	}

	/**
	 * A run of the current organisation.
	 * @throws MatchingRunNotFound if it has no such run
	 */
	public MatchingRun run(MatchingRunId id) {
		return this.runs.find(id).orElseThrow(() -> new MatchingRunNotFound(id));
	}

	/**
	 * The programme's latest runs, newest first, at most {@code limit} of them.
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 */
	public List<MatchingRun> recent(ProgrammeId programme, int limit) {
		this.programmes.get(programme);
		return this.runs.recent(programme, Math.max(1, Math.min(limit, 100)));
	}

	/**
	 * The pairs a finished run proposes, by senior id, each explained criterion by
	 * criterion; empty while it runs.
	 * @throws MatchingRunNotFound if the organisation has no such run
	 */
	public List<ProposedPair> proposals(MatchingRunId id) {
		run(id);
		return this.runs.proposals(id);
	}

	/**
	 * The seniors a finished run left unmatched, by id, with the reasons; empty while it
	 * runs.
	 * @throws MatchingRunNotFound if the organisation has no such run
	 */
	public List<UnmatchedSenior> unmatched(MatchingRunId id) {
		run(id);
		return this.runs.unmatched(id);
	}

	/**
	 * One page of a finished run's proposals in the order a coordinator reviews them: the
	 * new pairs (which wait for a decision) before those kept from before, the best score
	 * first, then by senior id. A page past the last is read as the last.
	 * @param page from 0
	 * @param size 1 to {@value #MAX_PAGE_SIZE}
	 * @throws MatchingRunNotFound if the organisation has no such run
	 */
	public RunPage<ProposedPair> proposals(MatchingRunId id, ProposalFilter filter, int page, int size) {
		run(id);
		int pageSize = pageSize(size);
		long total = this.runs.countProposals(id, filter);
		int shown = shownPage(page, pageSize, total);
		return new RunPage<>(this.runs.proposals(id, filter, shown * pageSize, pageSize), shown, pageSize, total);
	}

	/**
	 * One page of the seniors a finished run left unmatched, by id, with the reasons. A
	 * page past the last is read as the last.
	 * @param page from 0
	 * @param size 1 to {@value #MAX_PAGE_SIZE}
	 * @throws MatchingRunNotFound if the organisation has no such run
	 */
	public RunPage<UnmatchedSenior> unmatched(MatchingRunId id, int page, int size) {
		run(id);
		int pageSize = pageSize(size);
		long total = this.runs.countUnmatched(id);
		int shown = shownPage(page, pageSize, total);
		return new RunPage<>(this.runs.unmatched(id, shown * pageSize, pageSize), shown, pageSize, total);
	}

	/**
	 * Hands every pair the run proposes to {@code action}, by senior id, as they are read
	 * from the database a batch at a time: for writing a national proposal out without
	 * holding it. Nothing while the run runs.
	 * @throws MatchingRunNotFound if the organisation has no such run
	 */
	public void eachProposal(MatchingRunId id, Consumer<ProposedPair> action) {
		run(id);
		this.runs.eachProposal(id, action);
	}

	/**
	 * Hands every senior the run left unmatched to {@code action}, by id, as
	 * {@link #eachProposal} does.
	 * @throws MatchingRunNotFound if the organisation has no such run
	 */
	public void eachUnmatched(MatchingRunId id, Consumer<UnmatchedSenior> action) {
		run(id);
		this.runs.eachUnmatched(id, action);
	}

	private static int pageSize(int size) {
		return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
	}

	private static int shownPage(int page, int size, long total) {
		long last = Math.max(0, (total - 1) / size);
		return (int) Math.max(0, Math.min(page, last));
	}

	/**
	 * Streams exactly what the run's solver optimised over, as it was when the run
	 * started, whatever has changed in the registry since, so that anyone can re-solve it
	 * and must reach the run's matched count and objective.
	 * @throws MatchingRunNotFound if the organisation has no such run, or the run has not
	 * stored its candidates (it failed before, or has only just started)
	 * @throws IOException if the sink fails
	 */
	public void candidates(MatchingRunId id, CandidateSink sink) throws IOException {
		run(id);
		if (!this.runs.readCandidates(id, sink)) {
			throw MatchingRunNotFound.candidatesOf(id);
		}
	}

	private static ProposedPair proposal(CandidateSet candidates, Assignment pair, boolean kept) {
		PersonId senior = new PersonId(pair.seniorId());
		PersonId mentor = new PersonId(pair.mentorId());
		// A kept pair whose senior or mentor has left the programme has nothing to
		// explain.
		boolean explainable = !kept
				|| !candidates.rulesBroken(senior, mentor).contains(PairRule.BOTH_ACTIVE_IN_PROGRAMME);
		return new ProposedPair(senior, mentor, pair.score(), kept,
				explainable ? candidates.explain(senior, mentor) : List.of());
	}

	private void progress(MatchingRunId id, int percent) {
		this.ownTransaction.executeWithoutResult((status) -> this.runs.progress(id, percent, now()));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
