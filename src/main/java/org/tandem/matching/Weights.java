package org.tandem.matching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A programme's weights: one per {@link Criterion}, and the load spread, which makes the
 * {@code k}-th senior of one mentor cost {@code loadSpread × (k−1)²}: the first senior is
 * free, the second costs 10, the third 40 by default, so a mentor gets a third senior
 * only when that pair is clearly better than any other mentor's first or second, and work
 * spreads without forbidding a mentor's full capacity.
 *
 * @param byCriterion the weight of each criterion, 0 to {@value #MAX}
 * @param loadSpread the load-spread weight, 0 to {@value #MAX}
 */
public record Weights(Map<Criterion, Integer> byCriterion, int loadSpread) {

	/** The largest weight; it keeps every score far below the solver's limit. */
	public static final int MAX = 1000;

	/** The name the load spread is stored under beside the criteria. */
	public static final String LOAD_SPREAD = "LOAD_SPREAD";

	/** The default load-spread weight. */
	public static final int DEFAULT_LOAD_SPREAD = 10;

	public Weights {
		EnumMap<Criterion, Integer> all = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			Integer weight = byCriterion.get(criterion);
			all.put(criterion, check(criterion.name(), (weight != null) ? weight : criterion.defaultWeight()));
		}
		byCriterion = java.util.Collections.unmodifiableMap(all);
		check(LOAD_SPREAD, loadSpread);
	}

	/** Every weight at its default. */
	public static Weights defaults() {
		return new Weights(Map.of(), DEFAULT_LOAD_SPREAD);
	}

	/** The weights as stored: each criterion's name, and {@link #LOAD_SPREAD}. */
	static Weights fromStored(Map<String, Integer> stored) {
		EnumMap<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			Integer weight = stored.get(criterion.name());
			if (weight != null) {
				weights.put(criterion, weight);
			}
		}
		return new Weights(weights, Objects.requireNonNullElse(stored.get(LOAD_SPREAD), DEFAULT_LOAD_SPREAD));
	}

	public int of(Criterion criterion) {
		return this.byCriterion.get(criterion);
	}

	/** The load penalty of a mentor's {@code k}-th senior, counting from 1. */
	public int penalty(int k) {
		return this.loadSpread * (k - 1) * (k - 1);
	}

	private static int check(String name, int weight) {
		if (weight < 0 || weight > MAX) {
			throw new IllegalArgumentException(
					"The weight " + name + " must lie between 0 and " + MAX + ", not " + weight);
		}
		return weight;
	}

}
