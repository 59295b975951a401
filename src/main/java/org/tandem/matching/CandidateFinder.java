package org.tandem.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.venues.Venues;

/**
 * Turns a programme's registry into the scored candidate pairs a matching run optimises
 * over, with the coordinator's constraints and the admin's weights applied, and keeps
 * those constraints and weights. Reads other modules only through their API beans: the
 * programme's session length, its venues with their opening hours, and its people in one
 * bulk read.
 */
@Service
class CandidateFinder {

	private final Programmes programmes;

	private final Venues venues;

	private final People people;

	private final Organisations organisations;

	private final ConstraintRepository constraints;

	private final Clock clock;

	CandidateFinder(Programmes programmes, Venues venues, People people, Organisations organisations,
			ConstraintRepository constraints, Clock clock) {
		this.programmes = programmes;
		this.venues = venues;
		this.people = people;
		this.organisations = organisations;
		this.constraints = constraints;
		this.clock = clock;
	}

	/**
	 * The candidate set of a programme's run: every allowed pair of an active senior not
	 * kept before with an active mentor, scored with the programme's weights; mentors'
	 * free places after the kept pairs, with rising load penalties.
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 */
	@Transactional(readOnly = true)
	CandidateSet find(CandidateRequest request) {
		return CandidateSet.of(new CandidatePool(input(request)));
	}

	/** Everything a run reads, gathered from the registry and matching's own tables. */
	@Transactional(readOnly = true)
	MatchingInput input(CandidateRequest request) {
		Programme programme = this.programmes.get(request.programme());
		return new MatchingInput(programme.sessionMinutes(), this.venues.inProgramme(programme.id()),
				this.people.forMatching(programme.id()), this.constraints.neverPairs(),
				this.constraints.requiredPreferences(), this.constraints.weights(programme.id()), request, today());
	}

	/** A coordinator says never to pair these two. @return whether it was new */
	@Transactional
	boolean neverPair(PairOfPeople pair) {
		return this.constraints.addNeverPair(pair, this.clock.instant());
	}

	/** A coordinator lifts a "never pair". @return whether there was one */
	@Transactional
	boolean allowPairAgain(PairOfPeople pair) {
		return this.constraints.removeNeverPair(pair);
	}

	/**
	 * A coordinator makes a senior's preferred mentor gender a requirement.
	 * @return whether it was new
	 */
	@Transactional
	boolean requireGenderPreference(PersonId senior) {
		return this.constraints.requirePreference(senior, this.clock.instant());
	}

	/** The preference goes back to being a wish. @return whether it was required */
	@Transactional
	boolean relaxGenderPreference(PersonId senior) {
		return this.constraints.relaxPreference(senior);
	}

	Set<PairOfPeople> neverPairs() {
		return this.constraints.neverPairs();
	}

	/** A programme's weights, the defaults where an admin has set none. */
	Weights weights(ProgrammeId programme) {
		return this.constraints.weights(this.programmes.get(programme).id());
	}

	/** An admin sets a programme's weights. */
	@Transactional
	void changeWeights(ProgrammeId programme, Weights weights) {
		this.constraints.saveWeights(this.programmes.get(programme).id(), weights);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.organisations.current().timeZone());
	}

}
