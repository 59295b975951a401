package org.tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The optimal matching: first as many seniors matched as possible, then, among all
 * matchings of that size, the highest total of pair scores less load penalties. It is
 * solved exactly as a min-cost flow with OR-Tools ({@code SimpleMinCostFlow}, called
 * {@code MinCostFlow} in Java).
 *
 * <h2>The network</h2> Each senior is a node with a supply of one, each mentor a node,
 * and one sink. A candidate pair is an arc from senior to mentor with capacity one and
 * cost {@code -score}. A mentor with free places has one arc to the sink per place, the
 * {@code k}-th costing the penalty of the {@code k}-th new senior (equal neighbours are
 * merged into one arc of larger capacity). Flow is integral at an optimum because all
 * capacities are integers, so a unit of flow is one senior matched with one mentor.
 *
 * <h2>Why the optimum is exact and lexicographic</h2> {@code solveMaxFlowWithMinCost()}
 * first computes the maximum flow from the supplies to the sink and then, with exactly
 * that flow value, the flow of least cost. The maximum flow is the largest number of
 * seniors that can be matched within the mentors' places, and among flows of that value
 * the least cost is the highest total, since a flow's cost is minus its scores plus the
 * penalties of the mentor arcs it uses. A mentor who takes {@code k} seniors could use
 * any {@code k} of its sink arcs; the cheapest are the first {@code k} because penalties
 * never fall ({@link LoadPenaltiesDecrease}), so the least-cost flow pays exactly the
 * objective's penalties. No large constant is needed to put the count first, so nothing
 * risks overflowing: every score and penalty is within ±10<sup>9</sup>
 * ({@link MatchingProblem#LIMIT}), far from what OR-Tools' cost scaling by the node count
 * can hold in 64 bits, and OR-Tools refuses with {@code BAD_COST_RANGE} rather than
 * overflow, which we report as an error. Each part's result is checked against OR-Tools'
 * own optimal cost and maximum flow.
 *
 * <h2>Parts, order, threads</h2> Seniors and mentors that no chain of candidate pairs
 * joins cannot influence each other, so the connected components (found by union–find)
 * are solved apart and in parallel, on at most as many threads as there are processors;
 * small components are put together into parts of at least {@value #PART_PAIRS} pairs so
 * that hundreds of tiny municipalities do not each pay for a network of their own. Arcs
 * are added in the problem's canonical order (seniors, then mentors, by id), and OR-Tools
 * is deterministic, so equal problems get equal answers, ties included, whatever the
 * order they were given in and whichever thread finishes first.
 */
final class OptimalMatching {

	static {
		Loader.loadNativeLibraries();
	}

	/** Components are gathered into parts of at least this many pairs. */
	static final int PART_PAIRS = 20_000;

	private final int threads;

	private final long partPairs;

	/**
	 * Solves parts of at least {@value #PART_PAIRS} pairs apart, on as many threads as
	 * there are processors.
	 */
	OptimalMatching() {
		this(Runtime.getRuntime().availableProcessors(), PART_PAIRS);
	}

	/**
	 * @param threads how many parts may be solved at once
	 * @param partPairs how many pairs a part gathers before the next component starts a
	 * new one: 1 solves every component apart, {@link Long#MAX_VALUE} all in one network
	 */
	OptimalMatching(int threads, long partPairs) {
		if (threads < 1 || partPairs < 1) {
			throw new IllegalArgumentException(
					"At least one thread and one pair per part are needed, not " + threads + " and " + partPairs);
		}
		this.threads = threads;
		this.partPairs = partPairs;
	}

	/** The optimal matching of {@code problem}. */
	MatchingResult solve(MatchingProblem problem) {
		int[] pairOfSenior = new int[problem.seniorCount()];
		Arrays.fill(pairOfSenior, -1);
		int[] localMentor = new int[problem.mentorCount()];
		Arrays.fill(localMentor, -1);
		List<Part> parts = parts(problem);
		if (parts.size() <= 1 || this.threads == 1) {
			for (Part part : parts) {
				solve(problem, part, pairOfSenior, localMentor);
			}
		}
		else {
			solveInParallel(problem, parts, pairOfSenior, localMentor);
		}
		return MatchingResult.of(MatchingMode.OPTIMAL, problem, pairOfSenior);
	}

	/**
	 * Each part is handed its own seniors, and its mentors belong to no other part, so
	 * the threads write to disjoint places of the shared arrays.
	 */
	private void solveInParallel(MatchingProblem problem, List<Part> parts, int[] pairOfSenior, int[] localMentor) {
		List<Part> largestFirst = new ArrayList<>(parts);
		largestFirst.sort(Comparator.comparingLong(Part::pairs).reversed());
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.threads, parts.size()), (task) -> {
			Thread thread = new Thread(task, "matching-solver-" + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Part part : largestFirst) {
				running.add(pool.submit(() -> solve(problem, part, pairOfSenior, localMentor)));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while solving the matching", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("A part of the matching failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The seniors that can be matched at all, in canonical order, cut into parts that
	 * share no senior and no mentor.
	 */
	private List<Part> parts(MatchingProblem problem) {
		Candidates candidates = problem.candidates();
		int seniors = problem.seniorCount();
		int[] parent = new int[seniors + problem.mentorCount()];
		for (int node = 0; node < parent.length; node++) {
			parent[node] = node;
		}
		int[] pairsOf = new int[seniors];
		for (int senior = 0; senior < seniors; senior++) {
			for (int pair = problem.pairsStart(senior); pair < problem.pairsEnd(senior); pair++) {
				int mentor = candidates.mentor(pair);
				if (problem.capacity(mentor) > 0) {
					pairsOf[senior]++;
					union(parent, senior, seniors + mentor);
				}
			}
		}
		long[] componentPairs = new long[parent.length];
		for (int senior = 0; senior < seniors; senior++) {
			componentPairs[find(parent, senior)] += pairsOf[senior];
		}
		// components in the order of their first senior, gathered into parts in that
		// order
		int[] partOfRoot = new int[parent.length];
		Arrays.fill(partOfRoot, -1);
		List<Long> pairsInPart = new ArrayList<>();
		boolean open = false;
		for (int senior = 0; senior < seniors; senior++) {
			int root = find(parent, senior);
			if (pairsOf[senior] == 0 || partOfRoot[root] >= 0) {
				continue;
			}
			if (!open) {
				pairsInPart.add(0L);
				open = true;
			}
			int part = pairsInPart.size() - 1;
			partOfRoot[root] = part;
			pairsInPart.set(part, pairsInPart.get(part) + componentPairs[root]);
			open = pairsInPart.get(part) < this.partPairs;
		}
		int[] seniorsIn = new int[pairsInPart.size()];
		for (int senior = 0; senior < seniors; senior++) {
			if (pairsOf[senior] > 0) {
				seniorsIn[partOfRoot[find(parent, senior)]]++;
			}
		}
		List<Part> parts = new ArrayList<>(pairsInPart.size());
		for (int part = 0; part < pairsInPart.size(); part++) {
			parts.add(new Part(new int[seniorsIn[part]], pairsInPart.get(part)));
		}
		int[] placed = new int[parts.size()];
		for (int senior = 0; senior < seniors; senior++) {
			if (pairsOf[senior] > 0) {
				int part = partOfRoot[find(parent, senior)];
				parts.get(part).seniors()[placed[part]++] = senior;
			}
		}
		return parts;
	}

	private static int find(int[] parent, int node) {
		while (parent[node] != node) {
			parent[node] = parent[parent[node]];
			node = parent[node];
		}
		return node;
	}

	private static void union(int[] parent, int a, int b) {
		int rootA = find(parent, a);
		int rootB = find(parent, b);
		if (rootA != rootB) {
			// the smaller index becomes the root: no ranks needed for a deterministic
			// forest
			parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
		}
	}

	/** Solves one part: builds its network in canonical order and reads back the flow. */
	private static void solve(MatchingProblem problem, Part part, int[] pairOfSenior, int[] localMentor) {
		Candidates candidates = problem.candidates();
		int[] seniors = part.seniors();
		int sink = seniors.length;
		int[] mentors = new int[Math.min(problem.mentorCount(), (int) Math.min(part.pairs(), Integer.MAX_VALUE))];
		int mentorCount = 0;
		int[] pairOfArc = new int[Math.toIntExact(part.pairs())];
		MinCostFlow flow = new MinCostFlow(seniors.length + 1 + mentors.length,
				Math.toIntExact(part.pairs() + mentors.length));
		try {
			for (int local = 0; local < seniors.length; local++) {
				int senior = seniors[local];
				flow.setNodeSupply(local, 1);
				for (int pair = problem.pairsStart(senior); pair < problem.pairsEnd(senior); pair++) {
					int mentor = candidates.mentor(pair);
					if (problem.capacity(mentor) == 0) {
						continue;
					}
					if (localMentor[mentor] < 0) {
						localMentor[mentor] = sink + 1 + mentorCount;
						mentors[mentorCount++] = mentor;
					}
					int arc = flow.addArcWithCapacityAndUnitCost(local, localMentor[mentor], 1,
							-candidates.score(pair));
					pairOfArc[arc] = pair;
				}
			}
			long places = 0;
			for (int m = 0; m < mentorCount; m++) {
				LoadPenalties penalties = problem.penalties(mentors[m]);
				int k = 0;
				while (k < penalties.capacity()) {
					int run = k;
					while (run < penalties.capacity() && penalties.cost(run) == penalties.cost(k)) {
						run++;
					}
					flow.addArcWithCapacityAndUnitCost(localMentor[mentors[m]], sink, run - k, penalties.cost(k));
					k = run;
				}
				places += penalties.capacity();
			}
			flow.setNodeSupply(sink, -Math.min(seniors.length, places));
			MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools could not solve the matching: " + status);
			}
			long matched = 0;
			long total = 0;
			int[] load = new int[mentorCount];
			for (int arc = 0; arc < pairOfArc.length; arc++) {
				if (flow.getFlow(arc) > 0) {
					int pair = pairOfArc[arc];
					pairOfSenior[candidates.senior(pair)] = pair;
					load[localMentor[candidates.mentor(pair)] - sink - 1]++;
					total += candidates.score(pair);
					matched++;
				}
			}
			for (int m = 0; m < mentorCount; m++) {
				total -= problem.penalties(mentors[m]).costOfFirst(load[m]);
			}
			if (matched != flow.getMaximumFlow() || total != -flow.getOptimalCost()) {
				throw new IllegalStateException("The flow read back (" + matched + " matched, total " + total
						+ ") disagrees with OR-Tools (" + flow.getMaximumFlow() + ", " + -flow.getOptimalCost() + ")");
			}
		}
		finally {
			flow.delete();
		}
	}

	/**
	 * Seniors solved together, in canonical order, with the number of pairs they have to
	 * mentors with free places.
	 */
	private record Part(int[] seniors, long pairs) {

	}

}
