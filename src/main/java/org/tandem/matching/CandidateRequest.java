package org.tandem.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * What a matching run starts from besides the registry.
 *
 * @param programme the programme to match
 * @param kept pairs approved or pinned before: they use their mentor's capacity and their
 * seniors are not matched again
 * @param rejected pairs a coordinator rejected, never proposed again
 * @param previous pairs that existed before (from earlier runs), which earn continuity
 * @param extraPlaces places added to some mentors' capacity, for a what-if: "how many
 * more seniors would be matched if this mentor took one more"
 */
public record CandidateRequest(ProgrammeId programme, List<PairOfPeople> kept, Set<PairOfPeople> rejected,
		Set<PairOfPeople> previous, Map<PersonId, Integer> extraPlaces) {

	public CandidateRequest {
		Objects.requireNonNull(programme, "programme");
		kept = List.copyOf(kept);
		rejected = Set.copyOf(rejected);
		previous = Set.copyOf(previous);
		extraPlaces = Map.copyOf(extraPlaces);
	}

	/** A request with every mentor's capacity as registered. */
	public CandidateRequest(ProgrammeId programme, List<PairOfPeople> kept, Set<PairOfPeople> rejected,
			Set<PairOfPeople> previous) {
		this(programme, kept, rejected, previous, Map.of());
	}

	/** The same request with {@code places} more for one mentor. */
	public CandidateRequest withExtraPlaces(PersonId mentor, int places) {
		Map<PersonId, Integer> extra = new HashMap<>(this.extraPlaces);
		extra.merge(mentor, places, Integer::sum);
		return new CandidateRequest(this.programme, this.kept, this.rejected, this.previous, extra);
	}

	/** A first run: nothing kept, rejected or seen before. */
	public static CandidateRequest fresh(ProgrammeId programme) {
		return new CandidateRequest(programme, List.of(), Set.of(), Set.of());
	}

}
