package org.tandem.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
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

	/**
	 * The candidate set around one senior: the senior and every mentor who could reach
	 * the senior's places, with the pairs that involve any of them, read by index rather
	 * than for the whole programme. A mentor can only be paired with a senior who shares
	 * a municipality (of a venue both may use, or for a home visit), so the senior's
	 * candidates, scores and the mentors' free places are exactly those of a run of the
	 * whole programme with the same pairs kept; this is how one newcomer is matched in
	 * milliseconds at national scale.
	 * @param request what is kept, rejected and was paired before among the people read,
	 * given their ids
	 */
	@Transactional(readOnly = true)
	CandidateSet aroundSenior(ProgrammeId programme, PersonId senior,
			Function<Set<PersonId>, CandidateRequest> request) {
		Programme read = this.programmes.get(programme);
		List<PersonForMatching> people = new ArrayList<>(this.people.forMatching(read.id(), List.of(senior)));
		Set<String> towns = municipalitiesOf(read.id(), people);
		Set<PersonId> ids = new HashSet<>();
		ids.add(senior);
		if (!towns.isEmpty()) {
			// The "senior" may be a mentor after all, whom the run tells apart.
			this.people.mentorsForMatchingNear(read.id(), this.venues.idsInProgramme(read.id(), towns), towns)
				.stream()
				.filter((mentor) -> ids.add(mentor.id()))
				.forEach(people::add);
		}
		return around(read, ids, people, towns, request);
	}

	/**
	 * The candidate set of just two people, for checking one pair against the hard rules
	 * with the pairs that involve either of them.
	 */
	@Transactional(readOnly = true)
	CandidateSet aroundPair(ProgrammeId programme, PairOfPeople pair,
			Function<Set<PersonId>, CandidateRequest> request) {
		Programme read = this.programmes.get(programme);
		Set<PersonId> ids = Set.of(pair.senior(), pair.mentor());
		List<PersonForMatching> people = this.people.forMatching(read.id(), ids);
		return around(read, ids, people, municipalitiesOf(read.id(), people), request);
	}

	/**
	 * A candidate set of a few people with the venues that decide where they may meet
	 * with each other: every programme venue one of them prefers, and every programme
	 * venue of the municipalities given, in the programme's order (the first venue both
	 * may use is the one an explanation names). Venues of other municipalities would only
	 * serve pairs with people who were not read.
	 */
	private CandidateSet around(Programme programme, Set<PersonId> ids, List<PersonForMatching> people,
			Set<String> municipalities, Function<Set<PersonId>, CandidateRequest> request) {
		Set<VenueId> preferred = new HashSet<>();
		people.forEach((person) -> preferred.addAll(person.venues()));
		List<Venue> venues = this.venues.inProgramme(programme.id(), municipalities, preferred);
		return CandidateSet.of(new CandidatePool(new MatchingInput(programme.sessionMinutes(), venues, people,
				this.constraints.neverPairs(), this.constraints.requiredPreferences(),
				this.constraints.weights(programme.id()), request.apply(ids), today())));
	}

	/** The municipalities the people may meet in, by {@link CandidatePool}'s rule. */
	private Set<String> municipalitiesOf(ProgrammeId programme, List<PersonForMatching> people) {
		Set<VenueId> preferred = new HashSet<>();
		people.forEach((person) -> preferred.addAll(person.venues()));
		Map<VenueId, Venue> venues = new HashMap<>();
		this.venues.inProgramme(programme, List.of(), preferred).forEach((venue) -> venues.put(venue.id(), venue));
		Set<String> found = new HashSet<>();
		people.forEach((person) -> found.addAll(CandidatePool.municipalityKeys(person, venues)));
		return found;
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
