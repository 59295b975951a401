package org.tandem.matching;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * A coordinator's decision on a senior and a mentor, with who made it and when.
 *
 * @param id the decision
 * @param programme the programme they are paired in
 * @param senior the senior
 * @param mentor the mentor
 * @param status where it stands
 * @param manual whether the coordinator made the pair by hand rather than from a proposal
 * @param run the matching run that proposed it, if any
 * @param score its score when it was decided, if it came from a run
 * @param reason why it was rejected or ended, if said
 * @param decidedBy the user who decided
 * @param decidedAt when
 * @param endedBy the user who ended it
 * @param endedAt when it ended
 */
public record Pair(PairId id, ProgrammeId programme, PersonId senior, PersonId mentor, PairStatus status,
		boolean manual, @Nullable UUID run, @Nullable Integer score, @Nullable String reason, @Nullable UUID decidedBy,
		Instant decidedAt, @Nullable UUID endedBy, @Nullable Instant endedAt) {

	public PairOfPeople people() {
		return new PairOfPeople(this.senior, this.mentor);
	}

}
