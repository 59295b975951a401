package org.tandem.matching;

import java.util.Set;

import org.tandem.system.RuleViolated;

/**
 * A pair a coordinator asked for breaks a hard rule. Names the first rule it breaks, in
 * the order the rules are listed; all of them are kept for the caller.
 */
public class PairRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	private final transient Set<PairRule> rules;

	PairRefused(Set<PairRule> rules) {
		super("mentorId", first(rules).name(), "matching.rule." + first(rules).name());
		this.rules = Set.copyOf(rules);
	}

	/** Every hard rule the pair breaks. */
	public Set<PairRule> rules() {
		return this.rules;
	}

	private static PairRule first(Set<PairRule> rules) {
		return rules.stream().sorted().findFirst().orElseThrow(() -> new IllegalArgumentException("No rule broken"));
	}

}
