package org.tandem.matching;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tandem.programmes.ProgrammeId;

/**
 * What a matching run starts from besides the registry.
 *
 * @param programme the programme to match
 * @param kept pairs approved or pinned before: they use their mentor's capacity and their
 * seniors are not matched again
 * @param rejected pairs a coordinator rejected, never proposed again
 * @param previous pairs that existed before (from earlier runs), which earn continuity
 */
public record CandidateRequest(ProgrammeId programme, List<PairOfPeople> kept, Set<PairOfPeople> rejected,
		Set<PairOfPeople> previous) {

	public CandidateRequest {
		Objects.requireNonNull(programme, "programme");
		kept = List.copyOf(kept);
		rejected = Set.copyOf(rejected);
		previous = Set.copyOf(previous);
	}

	/** A first run: nothing kept, rejected or seen before. */
	public static CandidateRequest fresh(ProgrammeId programme) {
		return new CandidateRequest(programme, List.of(), Set.of(), Set.of());
	}

}
