package org.tandem.matching;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.programmes.ProgrammeId;

/**
 * What coordinators and admins tell matching beside the registry: pairs never to make,
 * seniors whose preferred mentor gender is a requirement, and each programme's weights.
 * The next run and every pair decided by hand respect them.
 */
@Service
public class MatchingConstraints {

	private final CandidateFinder finder;

	private final People people;

	MatchingConstraints(CandidateFinder finder, People people) {
		this.finder = finder;
		this.people = people;
	}

	/**
	 * Never pair these two.
	 * @return whether it was new
	 * @throws org.tandem.people.PersonNotFound if either is not the organisation's senior
	 * or mentor
	 */
	@Transactional
	public boolean neverPair(PairOfPeople pair) {
		known(pair);
		return this.finder.neverPair(pair);
	}

	/** Lifts a "never pair". @return whether there was one */
	@Transactional
	public boolean allowPairAgain(PairOfPeople pair) {
		return this.finder.allowPairAgain(pair);
	}

	/** Every "never pair" of the organisation. */
	public Set<PairOfPeople> neverPairs() {
		return this.finder.neverPairs();
	}

	/**
	 * Makes the senior's preferred mentor gender a requirement.
	 * @return whether it was new
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such senior
	 */
	@Transactional
	public boolean requireGenderPreference(PersonId senior) {
		this.people.get(PersonKind.SENIOR, senior);
		return this.finder.requireGenderPreference(senior);
	}

	/** The preference goes back to being a wish. @return whether it was required */
	@Transactional
	public boolean relaxGenderPreference(PersonId senior) {
		return this.finder.relaxGenderPreference(senior);
	}

	/**
	 * A programme's weights, the defaults where none are set.
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 */
	public Weights weights(ProgrammeId programme) {
		return this.finder.weights(programme);
	}

	/** Sets a programme's weights; the next run scores with them. */
	@Transactional
	public void changeWeights(ProgrammeId programme, Weights weights) {
		this.finder.changeWeights(programme, weights);
	}

	private void known(PairOfPeople pair) {
		this.people.get(PersonKind.SENIOR, pair.senior());
		this.people.get(PersonKind.MENTOR, pair.mentor());
	}

}
