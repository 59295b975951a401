package org.tandem.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.venues.Venue;

/**
 * Everything a matching run reads, gathered once: the registry's view of the programme
 * and matching's own constraints and weights. Kept as plain data so that the rules and
 * scores can be tested without a database.
 *
 * @param sessionMinutes the programme's session length
 * @param venues the programme's venues
 * @param people its active mentors and seniors
 * @param neverPairs pairs a coordinator said never to make
 * @param requiredPreferences seniors whose preferred mentor gender is required
 * @param weights the programme's weights
 * @param request what is kept, rejected and was paired before
 * @param today the organisation's date, for days waited
 */
record MatchingInput(int sessionMinutes, List<Venue> venues, List<PersonForMatching> people,
		Set<PairOfPeople> neverPairs, Set<PersonId> requiredPreferences, Weights weights, CandidateRequest request,
		LocalDate today) {

	MatchingInput {
		if (sessionMinutes < 1) {
			throw new IllegalArgumentException("A session lasts at least a minute, not " + sessionMinutes);
		}
		venues = List.copyOf(venues);
		people = List.copyOf(people);
		neverPairs = Set.copyOf(neverPairs);
		requiredPreferences = Set.copyOf(requiredPreferences);
		Objects.requireNonNull(weights, "weights");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(today, "today");
	}

}
