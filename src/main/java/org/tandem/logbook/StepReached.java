package org.tandem.logbook;

import java.util.Objects;

import org.tandem.curriculum.StepId;
import org.tandem.people.PersonId;

/**
 * A learning step worked on at a session, and the level one senior reached.
 *
 * @param senior who
 * @param step which step of the curriculum
 * @param level how far they came
 */
public record StepReached(PersonId senior, StepId step, LearningLevel level) {

	public StepReached {
		Objects.requireNonNull(senior, "senior");
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(level, "level");
	}

}
