package org.tandem.matching;

import java.util.Objects;

import org.tandem.people.PersonId;

/**
 * A senior and a mentor named together: a pair kept, rejected or seen before.
 *
 * @param senior the senior
 * @param mentor the mentor
 */
public record PairOfPeople(PersonId senior, PersonId mentor) {

	public PairOfPeople {
		Objects.requireNonNull(senior, "senior");
		Objects.requireNonNull(mentor, "mentor");
	}

}
