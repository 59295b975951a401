package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tries every way to match a small instance, as the yardstick the solvers are measured
 * against. It shares no code with them: it reads the instance by ids and counts the
 * objective itself.
 */
final class ExhaustiveSearch {

	private ExhaustiveSearch() {
	}

	/** Matched count first, then objective: the order the optimal matching maximises. */
	record Value(int matched, long objective) implements Comparable<Value> {

		@Override
		public int compareTo(Value other) {
			return (this.matched != other.matched) ? Integer.compare(this.matched, other.matched)
					: Long.compare(this.objective, other.objective);
		}

	}

	/** The best value any matching of {@code instance} reaches. */
	static Value best(Instance instance) {
		Value best = new Value(0, 0);
		for (Map<UUID, UUID> matching : allMatchings(instance)) {
			Value value = new Value(matching.size(), objective(instance, matching));
			if (value.compareTo(best) > 0) {
				best = value;
			}
		}
		return best;
	}

	/**
	 * Every matching that respects the pairs and the mentors' capacities: senior to
	 * mentor.
	 */
	static List<Map<UUID, UUID>> allMatchings(Instance instance) {
		List<Map<UUID, UUID>> all = new ArrayList<>();
		Map<UUID, Integer> load = new HashMap<>();
		extend(instance, 0, new LinkedHashMap<>(), load, all);
		return all;
	}

	private static void extend(Instance instance, int next, Map<UUID, UUID> chosen, Map<UUID, Integer> load,
			List<Map<UUID, UUID>> all) {
		if (next == instance.seniors().size()) {
			all.add(Map.copyOf(chosen));
			return;
		}
		UUID senior = instance.seniors().get(next);
		extend(instance, next + 1, chosen, load, all);
		for (Assignment pair : instance.pairs()) {
			if (!pair.seniorId().equals(senior)) {
				continue;
			}
			UUID mentor = pair.mentorId();
			int used = load.getOrDefault(mentor, 0);
			if (used < instance.penalties(mentor).capacity()) {
				chosen.put(senior, mentor);
				load.put(mentor, used + 1);
				extend(instance, next + 1, chosen, load, all);
				load.put(mentor, used);
				chosen.remove(senior);
			}
		}
	}

	/**
	 * Scores of the chosen pairs less the first penalties of each mentor's new seniors.
	 */
	static long objective(Instance instance, Map<UUID, UUID> matching) {
		long total = 0;
		Map<UUID, Integer> load = new HashMap<>();
		for (Map.Entry<UUID, UUID> pair : matching.entrySet()) {
			total += instance.score(pair.getKey(), pair.getValue());
			load.merge(pair.getValue(), 1, Integer::sum);
		}
		for (Map.Entry<UUID, Integer> mentor : load.entrySet()) {
			LoadPenalties penalties = instance.penalties(mentor.getKey());
			for (int k = 0; k < mentor.getValue(); k++) {
				total -= penalties.cost(k);
			}
		}
		return total;
	}

	/**
	 * Whether no senior and mentor outside {@code matching} would both rather be
	 * together. Seniors rank mentors by score, then smaller id; mentors rank seniors the
	 * same way.
	 */
	static boolean isStable(Instance instance, Map<UUID, UUID> matching) {
		for (Assignment pair : instance.pairs()) {
			UUID senior = pair.seniorId();
			UUID mentor = pair.mentorId();
			UUID current = matching.get(senior);
			if (mentor.equals(current) || instance.penalties(mentor).capacity() == 0) {
				continue;
			}
			boolean seniorWants = current == null
					|| ranksAbove(pair.score(), mentor, instance.score(senior, current), current);
			List<UUID> held = matching.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(mentor))
				.map(Map.Entry::getKey)
				.toList();
			boolean mentorWants = held.size() < instance.penalties(mentor).capacity() || held.stream()
				.anyMatch((other) -> ranksAbove(pair.score(), senior, instance.score(other, mentor), other));
			if (seniorWants && mentorWants) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether score {@code a} with id {@code aId} ranks above {@code b} with {@code bId}.
	 */
	static boolean ranksAbove(int a, UUID aId, int b, UUID bId) {
		return a > b || (a == b && aId.compareTo(bId) < 0);
	}

}
