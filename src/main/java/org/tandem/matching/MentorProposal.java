package org.tandem.matching;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;

/**
 * The mentor proposed for one senior who came in, or whose mentor left, while every
 * approved and pinned pair stays as it is.
 *
 * @param senior the senior
 * @param best the optimum: the option that adds most to the objective (ties to the lowest
 * mentor id), or none if no mentor may be paired with the senior now
 * @param alternatives the next best options, best first, for a coordinator who knows
 * something the registry does not
 * @param reasons why there is no option, in words a coordinator can act on; empty when
 * there is one
 */
public record MentorProposal(PersonId senior, @Nullable MentorOption best, List<MentorOption> alternatives,
		List<UnmatchedReason> reasons) {

	public MentorProposal {
		Objects.requireNonNull(senior, "senior");
		alternatives = List.copyOf(alternatives);
		reasons = List.copyOf(reasons);
	}

}
