package org.tandem.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a result against the instance it answers, by ids and with its own arithmetic:
 * the checks a sceptical reader of a matching run would make.
 */
final class Audit {

	private Audit() {
	}

	/**
	 * Every new pair is an allowed pair with its own score, no senior is matched twice,
	 * no mentor gets more new seniors than free places, the counts and the objective add
	 * up, the unmatched are exactly the rest, and kept pairs come back unchanged.
	 */
	static void assertSound(Instance instance, MatchingResult result, String context) {
		Set<UUID> matched = new HashSet<>();
		Map<UUID, UUID> matching = new HashMap<>();
		Map<UUID, Integer> load = new HashMap<>();
		for (Assignment assignment : result.assignments()) {
			assertThat(instance.score(assignment.seniorId(), assignment.mentorId()))
				.as("%s: %s is an allowed pair with its score", context, assignment)
				.isEqualTo(assignment.score());
			assertThat(matched.add(assignment.seniorId())).as("%s: %s matched once", context, assignment.seniorId())
				.isTrue();
			matching.put(assignment.seniorId(), assignment.mentorId());
			load.merge(assignment.mentorId(), 1, Integer::sum);
		}
		load.forEach((mentor, count) -> assertThat(count)
			.as("%s: new seniors of mentor %s within free capacity", context, mentor)
			.isLessThanOrEqualTo(instance.penalties(mentor).capacity()));
		assertThat(result.matchedCount()).as("%s: matched count", context).isEqualTo(matched.size());
		assertThat(result.objective()).as("%s: objective", context)
			.isEqualTo(ExhaustiveSearch.objective(instance, matching));
		Set<UUID> rest = new HashSet<>(instance.seniors());
		rest.removeAll(matched);
		assertThat(result.unmatched()).as("%s: unmatched seniors", context).hasSize(rest.size()).containsAll(rest);
		assertThat(result.fixed()).as("%s: kept pairs", context).containsExactlyInAnyOrderElementsOf(instance.fixed());
	}

	/** The result as senior to mentor. */
	static Map<UUID, UUID> matching(MatchingResult result) {
		Map<UUID, UUID> matching = new HashMap<>();
		for (Assignment assignment : result.assignments()) {
			matching.put(assignment.seniorId(), assignment.mentorId());
		}
		return matching;
	}

	static ExhaustiveSearch.Value value(MatchingResult result) {
		return new ExhaustiveSearch.Value(result.matchedCount(), result.objective());
	}

}
