package org.tandem.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Measures the bare solvers on generated national-scale candidates: 1,000 × 300, 10,000 ×
 * 3,000 and 100,000 seniors × 30,000 mentors, spread over Sweden's 290 municipalities by
 * population, with pairs only inside a municipality (each same-municipality mentor
 * allowed with one fixed probability, chosen so that the largest size has about 180 pairs
 * per senior, some 18 million in all), free capacities 1–5 with penalties 0, 5, 15, 30,
 * 50, scores 0–300, one fixed seed. For each size it prints the time to generate the
 * arrays and to build the problem, then the optimal matching (components apart, in
 * parallel), the same in one network on one thread, the stable and the greedy matching,
 * each with its matched count and objective, and the peak heap and peak resident memory
 * (OR-Tools works outside the heap).
 * <p>
 * Not a test: a command, see {@code docs/benchmarks.md}. Arguments: the sizes to run as
 * {@code seniors×mentors} or {@code seniorsxmentors} (default all three).
 */
public final class SolverBenchmark {

	static final long SEED = 20261122L;

	static final int PAIRS_PER_SENIOR_AT_NATIONAL_SCALE = 180;

	static final int NATIONAL_MENTORS = 30_000;

	private SolverBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<int[]> sizes = new ArrayList<>();
		for (String arg : args) {
			String[] parts = arg.split("[x×]");
			sizes.add(new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) });
		}
		if (sizes.isEmpty()) {
			sizes.add(new int[] { 1_000, 300 });
			sizes.add(new int[] { 10_000, 3_000 });
			sizes.add(new int[] { 100_000, 30_000 });
		}
		double[] weights = municipalityWeights();
		System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB, seed %d%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, SEED);
		long start = System.nanoTime();
		new OptimalMatching().solve(MatchingProblem.of(List.of(), List.of(), Candidates.builder().build(), List.of()));
		report("load OR-Tools", start, "native library unpacked and loaded, once per process");
		HeapWatch heap = new HeapWatch();
		for (int[] size : sizes) {
			run(size[0], size[1], weights, heap);
		}
		heap.stop();
	}

	private static void run(int seniorCount, int mentorCount, double[] weights, HeapWatch heap) {
		System.gc();
		heap.reset();
		System.out.printf(Locale.ROOT, "%n%,d seniors × %,d mentors%n", seniorCount, mentorCount);
		long start = System.nanoTime();
		Generated generated = generate(seniorCount, mentorCount, weights);
		report("generate", start, "%,d candidate pairs (%.1f per senior)", generated.candidates().size(),
				generated.candidates().size() / (double) seniorCount);
		start = System.nanoTime();
		MatchingProblem problem = MatchingProblem.of(generated.seniors(), generated.mentors(), generated.candidates(),
				List.of());
		report("build problem", start, "canonical order, %,d places", places(problem));
		generated = null;
		MatchingResult optimal = timed("optimal", () -> new OptimalMatching().solve(problem));
		System.out.printf(Locale.ROOT, "  %-22s %,d MiB heap, %,d MiB resident%n", "peaks so far", heap.peak() >> 20,
				residentPeak() >> 20);
		MatchingResult whole = timed("optimal, one network",
				() -> new OptimalMatching(1, Long.MAX_VALUE).solve(problem));
		if (whole.matchedCount() != optimal.matchedCount() || whole.objective() != optimal.objective()) {
			throw new IllegalStateException("One network and components apart disagree");
		}
		MatchingResult stable = timed("stable", () -> new StableMatching().solve(problem));
		MatchingResult greedy = timed("greedy", () -> new GreedyMatching().solve(problem));
		System.out.printf(Locale.ROOT, "  optimal over greedy: %+,d seniors, %+,d objective%n",
				optimal.matchedCount() - greedy.matchedCount(), optimal.objective() - greedy.objective());
		System.out.printf(Locale.ROOT, "  %-22s %,d MiB heap, %,d MiB resident%n", "peaks after all", heap.peak() >> 20,
				residentPeak() >> 20);
	}

	private static MatchingResult timed(String what, Supplier<MatchingResult> solver) {
		long start = System.nanoTime();
		MatchingResult result = solver.get();
		report(what, start, "%,d matched, objective %,d", result.matchedCount(), result.objective());
		return result;
	}

	private static void report(String what, long start, String format, Object... values) {
		System.out.printf(Locale.ROOT, "  %-22s %7.2f s  %s%n", what, (System.nanoTime() - start) / 1e9,
				String.format(Locale.ROOT, format, values));
	}

	private static long places(MatchingProblem problem) {
		long places = 0;
		for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
			places += problem.capacity(mentor);
		}
		return places;
	}

	record Generated(List<UUID> seniors, List<MentorLoad> mentors, Candidates candidates) {

	}

	static Generated generate(int seniorCount, int mentorCount, double[] weights) {
		SplittableRandom random = new SplittableRandom(SEED);
		double squares = 0;
		for (double weight : weights) {
			squares += weight * weight;
		}
		// the chance that a mentor of the senior's municipality is allowed, the same at
		// every size: at national scale a senior then has about 180 pairs
		double allowed = Math.min(1, PAIRS_PER_SENIOR_AT_NATIONAL_SCALE / (NATIONAL_MENTORS * squares));
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		List<UUID> seniors = new ArrayList<>(seniorCount);
		int[] seniorTown = new int[seniorCount];
		for (int s = 0; s < seniorCount; s++) {
			seniors.add(new UUID(random.nextLong(), random.nextLong()));
			seniorTown[s] = town(cumulative, random.nextDouble());
		}
		List<MentorLoad> mentors = new ArrayList<>(mentorCount);
		int[] mentorsIn = new int[weights.length + 1];
		int[] mentorTown = new int[mentorCount];
		for (int m = 0; m < mentorCount; m++) {
			int capacity = 1 + random.nextInt(5);
			int[] penalties = new int[capacity];
			for (int k = 0; k < capacity; k++) {
				penalties[k] = 5 * k * (k + 1) / 2;
			}
			mentors.add(new MentorLoad(new UUID(random.nextLong(), random.nextLong()), LoadPenalties.of(penalties)));
			mentorTown[m] = town(cumulative, random.nextDouble());
			mentorsIn[mentorTown[m] + 1]++;
		}
		for (int t = 0; t < weights.length; t++) {
			mentorsIn[t + 1] += mentorsIn[t];
		}
		int[] byTown = new int[mentorCount];
		int[] placed = mentorsIn.clone();
		for (int m = 0; m < mentorCount; m++) {
			byTown[placed[mentorTown[m]]++] = m;
		}
		Candidates.Builder candidates = Candidates.builder(
				(int) Math.min(Integer.MAX_VALUE - 8, (long) seniorCount * mentorCount * squares * allowed * 1.05));
		double logMiss = Math.log(1 - allowed);
		for (int s = 0; s < seniorCount; s++) {
			int from = mentorsIn[seniorTown[s]];
			int to = mentorsIn[seniorTown[s] + 1];
			// jump straight to the next allowed mentor instead of drawing for each
			for (int at = from + skip(random, logMiss); at < to; at += 1 + skip(random, logMiss)) {
				candidates.add(s, byTown[at], random.nextInt(301));
			}
		}
		return new Generated(seniors, mentors, candidates.build());
	}

	private static int skip(SplittableRandom random, double logMiss) {
		if (logMiss == Double.NEGATIVE_INFINITY) {
			return 0;
		}
		return (int) Math.min(Integer.MAX_VALUE, Math.floor(Math.log(1 - random.nextDouble()) / logMiss));
	}

	private static int town(double[] cumulative, double draw) {
		double target = draw * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] <= target) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Population shares of the 290 municipalities, from the demo data's list. */
	static double[] municipalityWeights() throws IOException {
		List<Integer> thousands = new ArrayList<>();
		try (InputStream in = SolverBenchmark.class.getResourceAsStream("/demo/municipalities.csv")) {
			if (in == null) {
				throw new IOException("demo/municipalities.csv is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
					continue;
				}
				String[] fields = line.split(",");
				thousands.add(Integer.parseInt(fields[3]));
			}
		}
		double total = thousands.stream().mapToInt(Integer::intValue).sum();
		return thousands.stream().mapToDouble((t) -> t / total).toArray();
	}

	/**
	 * The process's peak resident memory, heap and native together (Linux only, else 0).
	 */
	static long residentPeak() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) << 10;
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return 0;
	}

	/** Samples the used heap every few milliseconds and keeps the largest value. */
	static final class HeapWatch {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong peak = new AtomicLong();

		private final Thread sampler;

		private volatile boolean running = true;

		HeapWatch() {
			this.sampler = new Thread(() -> {
				while (this.running) {
					this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(2);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-watch");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		void reset() {
			this.peak.set(this.memory.getHeapMemoryUsage().getUsed());
		}

		long peak() {
			return this.peak.get();
		}

		void stop() {
			this.running = false;
			this.sampler.interrupt();
		}

	}

}
