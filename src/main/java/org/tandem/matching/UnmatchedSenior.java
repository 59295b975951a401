package org.tandem.matching;

import java.util.List;
import java.util.Objects;

import org.tandem.people.PersonId;

/**
 * A senior a run left without a mentor, with the reasons a coordinator can act on.
 *
 * @param senior the senior
 * @param reasons why, most actionable first
 */
public record UnmatchedSenior(PersonId senior, List<UnmatchedReason> reasons) {

	public UnmatchedSenior {
		Objects.requireNonNull(senior, "senior");
		reasons = List.copyOf(reasons);
	}

}
