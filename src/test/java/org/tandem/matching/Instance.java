package org.tandem.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A matching problem told by ids, as a caller would hand it over, so that tests can build
 * it in any order and check results without the solver's own numbering.
 *
 * @param seniors the seniors to match
 * @param mentors the mentors with their load penalties
 * @param pairs the allowed pairs with their scores
 * @param fixed pairs kept from before
 */
record Instance(List<UUID> seniors, List<MentorLoad> mentors, List<Assignment> pairs, List<Assignment> fixed) {

	/**
	 * A small random instance: up to 7 seniors and 4 mentors, capacities 0–3, a sparse
	 * random set of pairs scored -20 to 100 (in a third of the instances only in steps of
	 * 20, so that ties are common), rising random penalties, sometimes kept pairs.
	 */
	static Instance small(long seed) {
		Random random = new Random(seed);
		List<UUID> seniors = ids(random, random.nextInt(8));
		List<MentorLoad> mentors = new ArrayList<>();
		for (UUID id : ids(random, random.nextInt(5))) {
			mentors.add(new MentorLoad(id, risingPenalties(random, random.nextInt(4))));
		}
		double density = 0.15 + 0.6 * random.nextDouble();
		boolean coarse = random.nextInt(3) == 0;
		List<Assignment> pairs = new ArrayList<>();
		for (UUID senior : seniors) {
			for (MentorLoad mentor : mentors) {
				if (random.nextDouble() < density) {
					int score = coarse ? 20 * random.nextInt(7) - 20 : random.nextInt(121) - 20;
					pairs.add(new Assignment(senior, mentor.mentorId(), score));
				}
			}
		}
		List<Assignment> fixed = new ArrayList<>();
		if (!mentors.isEmpty() && random.nextInt(4) == 0) {
			for (UUID senior : ids(random, 1 + random.nextInt(2))) {
				fixed.add(new Assignment(senior, mentors.get(random.nextInt(mentors.size())).mentorId(),
						random.nextInt(101)));
			}
		}
		return new Instance(seniors, mentors, pairs, fixed);
	}

	/**
	 * A larger instance cut into towns: pairs only between a senior and a mentor of the
	 * same town, so that it falls apart into many components.
	 */
	static Instance towns(long seed, int seniorCount, int mentorCount, int townCount, double density) {
		Random random = new Random(seed);
		List<UUID> seniors = ids(random, seniorCount);
		List<UUID> mentorIds = ids(random, mentorCount);
		List<MentorLoad> mentors = new ArrayList<>();
		for (UUID id : mentorIds) {
			mentors.add(new MentorLoad(id, risingPenalties(random, random.nextInt(4))));
		}
		int[] townOfMentor = random.ints(mentorCount, 0, townCount).toArray();
		List<Assignment> pairs = new ArrayList<>();
		for (UUID senior : seniors) {
			int town = random.nextInt(townCount);
			for (int m = 0; m < mentorCount; m++) {
				if (townOfMentor[m] == town && random.nextDouble() < density) {
					pairs.add(new Assignment(senior, mentorIds.get(m), 10 * random.nextInt(11)));
				}
			}
		}
		return new Instance(seniors, mentors, pairs, List.of());
	}

	/** The same instance with its seniors, mentors and pairs in another order. */
	Instance shuffled(long seed) {
		Random random = new Random(seed);
		List<UUID> seniors = new ArrayList<>(this.seniors);
		List<MentorLoad> mentors = new ArrayList<>(this.mentors);
		List<Assignment> pairs = new ArrayList<>(this.pairs);
		List<Assignment> fixed = new ArrayList<>(this.fixed);
		Collections.shuffle(seniors, random);
		Collections.shuffle(mentors, random);
		Collections.shuffle(pairs, random);
		Collections.shuffle(fixed, random);
		return new Instance(seniors, mentors, pairs, fixed);
	}

	/**
	 * The problem a caller would build: pairs refer to seniors and mentors by position.
	 */
	MatchingProblem problem() {
		Map<UUID, Integer> seniorAt = new HashMap<>();
		for (int s = 0; s < this.seniors.size(); s++) {
			seniorAt.put(this.seniors.get(s), s);
		}
		Map<UUID, Integer> mentorAt = new HashMap<>();
		for (int m = 0; m < this.mentors.size(); m++) {
			mentorAt.put(this.mentors.get(m).mentorId(), m);
		}
		Candidates.Builder candidates = Candidates.builder();
		for (Assignment pair : this.pairs) {
			candidates.add(seniorAt.get(pair.seniorId()), mentorAt.get(pair.mentorId()), pair.score());
		}
		return MatchingProblem.of(this.seniors, this.mentors, candidates.build(), this.fixed);
	}

	/** The score of the pair, or null if it is not allowed. */
	Integer score(UUID senior, UUID mentor) {
		for (Assignment pair : this.pairs) {
			if (pair.seniorId().equals(senior) && pair.mentorId().equals(mentor)) {
				return pair.score();
			}
		}
		return null;
	}

	LoadPenalties penalties(UUID mentor) {
		return this.mentors.stream().filter((m) -> m.mentorId().equals(mentor)).findFirst().orElseThrow().penalties();
	}

	private static List<UUID> ids(Random random, int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(new UUID(random.nextLong(), random.nextLong()));
		}
		return ids;
	}

	/** Penalties from -10 to 30 for the first new senior, rising by 0 to 20 each. */
	private static LoadPenalties risingPenalties(Random random, int capacity) {
		int[] costs = new int[capacity];
		int cost = random.nextInt(41) - 10;
		for (int k = 0; k < capacity; k++) {
			costs[k] = cost;
			cost += random.nextInt(21);
		}
		return LoadPenalties.of(costs);
	}

}
