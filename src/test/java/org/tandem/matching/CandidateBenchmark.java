package org.tandem.matching;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonForMatching;
import org.tandem.programmes.Programme;
import org.tandem.programmes.Programmes;
import org.tandem.testing.BenchmarkApplication;

/**
 * Measures matching from the registry at national scale: starts the application on the
 * database it names, lets the {@code national} profile write the generated national
 * dataset at the given size (seeded, so the same people every time: most of them active
 * with their consents, see {@code NordicPeople}), and then, as that organisation, times
 * each step of a first matching run of its programme: reading the people
 * ({@link People#forMatching}, with the venues, constraints and weights), finding and
 * scoring the candidate pairs, the exact optimal matching, the greedy baseline, and the
 * bare solver again on the same {@link MatchingProblem} for the ratio. Peak heap is
 * sampled every 2 ms from the start of the run. On PostgreSQL the organisation is deleted
 * afterwards; an in-memory H2 goes with the process.
 * <p>
 * Not a test: a command, see {@code docs/benchmarks.md}. Arguments: {@code h2} or
 * {@code postgres}, then seniors, mentors and venues (default 10000 3000 2000), and
 * {@code keep} to keep the organisation on PostgreSQL afterwards (as {@value #KEPT}).
 * {@code again} instead of the database measures one newcomer, mentor left and one pair
 * checked again on the kept organisation, with its pairs as the last run left them: a
 * quick way to compare changes to those without writing the dataset.
 */
public final class CandidateBenchmark {

	static final long SEED = 2026;

	static final String KEPT = "Candidate benchmark (kept)";

	private CandidateBenchmark() {
	}

	public static void main(String[] args) {
		String database = (args.length > 0) ? args[0] : "h2";
		if (database.equals("again")) {
			again();
			return;
		}
		int seniors = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		int mentors = (args.length > 2) ? Integer.parseInt(args[2]) : 3_000;
		int venues = (args.length > 3) ? Integer.parseInt(args[3]) : 2_000;
		boolean keep = database.equals("postgres") && args.length > 4 && args[4].equals("keep");
		String name = keep ? KEPT : "Candidate benchmark " + System.nanoTime();
		System.out.printf(Locale.ROOT,
				"java %s, %d processors, max heap %,d MiB; %,d seniors × %,d mentors, %,d venues%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, seniors, mentors, venues);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = BenchmarkApplication.start(database,
				"spring.profiles.active=national", "tandem.national.exit=false", "tandem.national.organisation=" + name,
				"tandem.national.seniors=" + seniors, "tandem.national.mentors=" + mentors,
				"tandem.national.venues=" + venues, "tandem.national.seed=" + SEED,
				"spring.datasource.hikari.maximum-pool-size=8", "logging.level.org.tandem.matching.Matching=INFO")) {
			report("start and write", start, "application started, national dataset written");
			Organisation organisation = app.getBean(Organisations.class).findByName(name).orElseThrow();
			try {
				start = System.nanoTime();
				// The statistics as they would be a minute after a bulk write.
				app.getBean(JdbcClient.class).sql("analyze").update();
				report("analyze", start, "database statistics refreshed");
				start = System.nanoTime();
				new OptimalMatching()
					.solve(MatchingProblem.of(List.of(), List.of(), Candidates.builder().build(), List.of()));
				report("load OR-Tools", start, "native library unpacked and loaded, once per process");
				app.getBean(Organisations.class).actFor(organisation, () -> run(app));
			}
			finally {
				if (database.equals("postgres") && !keep) {
					start = System.nanoTime();
					BenchmarkApplication.deleteOrganisation(app, organisation.id().value());
					report("delete", start, "organisation deleted");
				}
			}
		}
	}

	/** One newcomer, mentor left and one pair checked on the kept organisation. */
	private static void again() {
		try (ConfigurableApplicationContext app = BenchmarkApplication.start("postgres",
				"spring.datasource.hikari.maximum-pool-size=8")) {
			Organisation organisation = app.getBean(Organisations.class)
				.findByName(KEPT)
				.orElseThrow(() -> new IllegalStateException("No kept organisation: run with postgres … keep first"));
			app.getBean(Organisations.class).actFor(organisation, () -> {
				Programme programme = app.getBean(Programmes.class).all().get(0);
				MatchingRun last = app.getBean(Matching.class).recent(programme.id(), 1).get(0);
				newcomers(app, programme, last.id());
			});
		}
	}

	private static void run(ConfigurableApplicationContext app) {
		Programme programme = app.getBean(Programmes.class).all().get(0);
		SolverBenchmark.HeapWatch heap = new SolverBenchmark.HeapWatch();
		Optimum optimal = steps(app, programme, heap);
		// Nothing of the steps above is held any more: the stored run finds and scores
		// the candidates again by itself, as it does for a coordinator.
		System.gc();
		MatchingRunId run = storedRun(app, programme, optimal);
		newcomers(app, programme, run);
		System.out.printf(Locale.ROOT, "  peak heap %,d MiB, peak resident %,d MiB%n", heap.peak() >> 20,
				SolverBenchmark.residentPeak() >> 20);
		heap.stop();
	}

	/** Load, score, solve, greedy and the bare solver, one at a time. */
	private static Optimum steps(ConfigurableApplicationContext app, Programme programme,
			SolverBenchmark.HeapWatch heap) {
		CandidateFinder finder = app.getBean(CandidateFinder.class);
		CandidateRequest request = CandidateRequest.fresh(programme.id());
		System.gc();
		heap.reset();
		long start = System.nanoTime();
		MatchingInput input = finder.input(request);
		long load = report("load", start, "%,d active seniors, %,d active mentors, %,d venues",
				input.people().stream().filter((person) -> !person.isMentor()).count(),
				input.people().stream().filter(PersonForMatching::isMentor).count(), input.venues().size());
		start = System.nanoTime();
		CandidateSet set = CandidateSet.of(new CandidatePool(input));
		MatchingProblem problem = set.problem();
		long score = report("score", start, "%,d allowed pairs (%.1f per senior to match), %,d seniors to match",
				problem.candidates().size(), problem.candidates().size() / (double) Math.max(1, problem.seniorCount()),
				problem.seniorCount());
		input = null;
		long[] took = new long[1];
		MatchingResult optimal = timed("solve (optimal)", () -> new OptimalMatching().solve(problem), took);
		long solve = took[0];
		System.out.printf(Locale.ROOT, "  %-22s %7.2f s  load + score + solve, peak heap so far %,d MiB%n",
				"end to end", (load + score + solve) / 1e9, heap.peak() >> 20);
		MatchingResult greedy = timed("greedy", () -> new GreedyMatching().solve(problem), took);
		MatchingResult bare = timed("bare solver", () -> new OptimalMatching().solve(problem), took);
		long bareParts = took[0];
		if (bare.objective() != optimal.objective() || bare.matchedCount() != optimal.matchedCount()) {
			throw new IllegalStateException("The same problem solved twice gave two answers");
		}
		// The bare solve as the issue measured it: OR-Tools' min-cost flow over the whole
		// candidate set as one network, one call, no splitting into components.
		MatchingResult whole = timed("bare, one network", () -> new OptimalMatching(1, Long.MAX_VALUE).solve(problem),
				took);
		long bareWhole = took[0];
		if (whole.objective() != optimal.objective() || whole.matchedCount() != optimal.matchedCount()) {
			throw new IllegalStateException("One network and components apart disagree");
		}
		System.out.printf(Locale.ROOT,
				"  end to end ÷ bare solver: %.1f (÷ one network: %.2f); optimal over greedy: %+,d seniors, %+,d objective%n",
				(load + score + solve) / (double) bareParts, (load + score + solve) / (double) bareWhole,
				optimal.matchedCount() - greedy.matchedCount(), optimal.objective() - greedy.objective());
		return new Optimum(optimal.matchedCount(), optimal.objective(), bareParts, bareWhole);
	}

	/**
	 * What the optimal matching reached, without holding on to its pairs, and the two
	 * bare solver times.
	 */
	private record Optimum(int matchedCount, long objective, long bareParts, long bareWhole) {
	}

	/**
	 * One newcomer matched, and one pair checked, after the run's proposal is approved as
	 * a whole (written in one batch): the seniors it left unmatched are the newcomers,
	 * and most mentors are full. Each call as a coordinator's request makes it, in its
	 * own transaction, after a warm-up; the 50th and 95th percentiles and the slowest.
	 * The mentors near a newcomer are kept while no mentor changes, so the newcomers are
	 * timed twice: as they come (a town's mentors read once) and cold (each right after a
	 * mentor changed, so every call reads them).
	 */
	private static void newcomers(ConfigurableApplicationContext app, Programme programme, MatchingRunId run) {
		Matching matching = app.getBean(Matching.class);
		List<ProposedPair> proposals = matching.proposals(run);
		List<UnmatchedSenior> unmatched = matching.unmatched(run);
		Pairs pairs = app.getBean(Pairs.class);
		List<java.util.Map<String, ?>> rows = new java.util.ArrayList<>();
		List<Pair> approved = pairs.of(programme.id())
			.stream()
			.filter((pair) -> pair.status() == PairStatus.APPROVED)
			.toList();
		if (approved.isEmpty()) {
			long start = System.nanoTime();
			java.time.Instant now = java.time.Instant.now();
			for (ProposedPair pair : proposals) {
				rows.add(java.util.Map.of("id", java.util.UUID.randomUUID(), "programme", programme.id().value(),
						"senior", pair.senior().value(), "mentor", pair.mentor().value(), "score", pair.score(),
						"decidedAt", java.sql.Timestamp.from(now)));
			}
			app.getBean(org.tandem.system.TenantJdbc.class).batch("""
					insert into matching_pair (id, organisation_id, programme_id, senior_id, mentor_id, status, manual,
					                           score, decided_at)
					values (:id, :tenant, :programme, :senior, :mentor, 'APPROVED', false, :score, :decidedAt)
					""", rows);
			report("approve all", start, "%,d proposed pairs written as approved in one batch", rows.size());
			start = System.nanoTime();
			// As after the dataset: statistics as autovacuum leaves them a minute after a
			// bulk write (the pairs' table was empty when last analysed).
			app.getBean(JdbcClient.class).sql("analyze").update();
			report("analyze", start, "database statistics refreshed");
		}
		else {
			// Again on a kept organisation: its pairs as the last measurement left them.
			approved.forEach((pair) -> rows.add(java.util.Map.of("id", pair.id().value(), "senior",
					pair.senior().value(), "mentor", pair.mentor().value())));
		}
		Newcomers newcomers = app.getBean(Newcomers.class);
		CandidateFinder finder = app.getBean(CandidateFinder.class);
		java.util.Random random = new java.util.Random(SEED);
		List<org.tandem.people.PersonId> waiting = new java.util.ArrayList<>(
				unmatched.stream().map(UnmatchedSenior::senior).toList());
		java.util.Collections.shuffle(waiting, random);
		int warmUp = Math.min(50, waiting.size() / 4);
		int measured = Math.min(400, waiting.size() - warmUp);
		long[] times = new long[measured];
		int proposed = 0;
		for (int i = 0; i < warmUp + measured; i++) {
			long began = System.nanoTime();
			MentorProposal proposal = newcomers.propose(programme.id(), waiting.get(i));
			if (i >= warmUp) {
				times[i - warmUp] = System.nanoTime() - began;
				proposed += (proposal.best() != null) ? 1 : 0;
			}
		}
		percentiles("one newcomer", times, "%,d waiting seniors, %,d of them given a mentor", measured, proposed);
		// The same seniors again, each right after one mentor somewhere in the
		// organisation was edited through the registry (not timed): the mentors kept near
		// a senior are brought up to date by reading that one mentor again.
		List<org.tandem.people.PersonId> everyMentor = app.getBean(org.tandem.system.TenantJdbc.class)
			.sql("select id from person where organisation_id = :tenant and kind = 'MENTOR' order by id")
			.query((row, number) -> new org.tandem.people.PersonId(row.getObject(1, java.util.UUID.class)))
			.list();
		org.tandem.people.People people = app.getBean(org.tandem.people.People.class);
		long[] edited = new long[measured];
		for (int i = 0; i < measured; i++) {
			org.tandem.people.PersonId mentor = everyMentor.get(random.nextInt(everyMentor.size()));
			org.tandem.people.Person person = people.get(mentor);
			people.change(mentor, person.version(), person.profile());
			long began = System.nanoTime();
			newcomers.propose(programme.id(), waiting.get(warmUp + i));
			edited[i] = System.nanoTime() - began;
		}
		percentiles("one newcomer, edited", edited, "the same seniors, each after one mentor was edited");
		// And again, each after a change of unknown mentors (the count raised with no
		// note of whom, as after an import of more mentors than a note names; not timed):
		// the mentors near each senior are all read afresh.
		org.tandem.system.TenantJdbc jdbc = app.getBean(org.tandem.system.TenantJdbc.class);
		long[] cold = new long[measured];
		for (int i = 0; i < measured; i++) {
			if (jdbc.sql("update people_mentor_changes set changes = changes + 1 where organisation_id = :tenant")
				.update() != 1) {
				throw new IllegalStateException("The organisation's mentors were never counted as changed");
			}
			jdbc.sql("""
					insert into people_mentor_change (organisation_id, changes, person_id)
					select organisation_id, changes, null from people_mentor_changes where organisation_id = :tenant
					""").update();
			long began = System.nanoTime();
			newcomers.propose(programme.id(), waiting.get(warmUp + i));
			cold[i] = System.nanoTime() - began;
		}
		percentiles("one newcomer, cold", cold, "the same seniors, each after a change of unknown mentors: all read");
		// A senior whose mentor left: the pair ends (not timed), and the senior is
		// matched again around the place it freed and every other approved pair.
		// Each approved pair ends once at most: a small programme has fewer than the
		// seniors measured above, so it measures as many as it has.
		List<java.util.Map<String, ?>> ending = new java.util.ArrayList<>(rows);
		java.util.Collections.shuffle(ending, random);
		int endWarmUp = Math.min(warmUp, ending.size() / 4);
		int endMeasured = Math.min(measured, ending.size() - endWarmUp);
		long[] again = new long[endMeasured];
		int rematched = 0;
		for (int i = 0; i < endWarmUp + endMeasured; i++) {
			java.util.Map<String, ?> row = ending.get(i);
			PairId pair = new PairId((java.util.UUID) row.get("id"));
			if (pairs.get(pair).status() != PairStatus.APPROVED) {
				throw new IllegalStateException("An approved pair of the run was no longer approved");
			}
			pairs.end(pair, null);
			long began = System.nanoTime();
			MentorProposal proposal = newcomers.propose(programme.id(),
					new org.tandem.people.PersonId((java.util.UUID) row.get("senior")));
			if (i >= endWarmUp) {
				again[i - endWarmUp] = System.nanoTime() - began;
				rematched += (proposal.best() != null) ? 1 : 0;
			}
		}
		percentiles("mentor left", again, "%,d seniors whose pair ended, %,d of them given a mentor", endMeasured,
				rematched);
		long[] checks = new long[measured];
		for (int i = 0; i < warmUp + measured; i++) {
			ProposedPair other = proposals.get(random.nextInt(proposals.size()));
			PairOfPeople pair = new PairOfPeople(waiting.get(i), other.mentor());
			long began = System.nanoTime();
			finder.aroundPair(programme.id(), pair, (ids) -> pairs.requestAround(programme.id(), ids))
				.rulesBroken(pair.senior(), pair.mentor());
			if (i >= warmUp) {
				checks[i - warmUp] = System.nanoTime() - began;
			}
		}
		percentiles("one pair checked", checks, "a waiting senior with an approved pair's mentor, %,d times", measured);
	}

	private static void percentiles(String what, long[] nanos, String format, Object... values) {
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "  %-22s p50 %.1f ms, p95 %.1f ms, max %.1f ms  %s%n", what,
				sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
				sorted[sorted.length - 1] / 1e6, String.format(Locale.ROOT, format, values));
	}

	/**
	 * A whole run as a coordinator starts it: load, score, store the candidate set,
	 * solve, explain the chosen pairs and the unmatched, store the proposal.
	 */
	private static MatchingRunId storedRun(ConfigurableApplicationContext app, Programme programme, Optimum optimal) {
		Matching matching = app.getBean(Matching.class);
		long start = System.nanoTime();
		MatchingRunId id = matching.start(programme.id(), MatchingMode.OPTIMAL);
		MatchingRun run = matching.run(id);
		while (run.status() == MatchingRunStatus.RUNNING) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			run = matching.run(id);
		}
		report("stored run", start, "%s through Matching: load, score, store candidates, solve, explain, store",
				run.status());
		if (run.status() != MatchingRunStatus.FINISHED || run.matchedCount() == null
				|| run.matchedCount() != optimal.matchedCount() || run.objective() == null
				|| run.objective() != optimal.objective()) {
			throw new IllegalStateException("The stored run answered " + run + ", not the optimum");
		}
		long took = System.nanoTime() - start;
		System.out.printf(Locale.ROOT, "  stored run ÷ bare solver: %.1f (÷ one network: %.2f)%n",
				took / (double) optimal.bareParts(), took / (double) optimal.bareWhole());
		return id;
	}

	private static MatchingResult timed(String what, Supplier<MatchingResult> solver, long[] took) {
		long start = System.nanoTime();
		MatchingResult result = solver.get();
		took[0] = report(what, start, "%,d matched, objective %,d", result.matchedCount(), result.objective());
		return result;
	}

	private static long report(String what, long start, String format, Object... values) {
		long nanos = System.nanoTime() - start;
		System.out.printf(Locale.ROOT, "  %-22s %7.2f s  %s%n", what, nanos / 1e9,
				String.format(Locale.ROOT, format, values));
		return nanos;
	}

}
