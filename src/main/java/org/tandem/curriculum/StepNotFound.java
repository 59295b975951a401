package org.tandem.curriculum;

import org.tandem.system.NotFound;

/** No learning step with this id in the current organisation's curriculum. */
public class StepNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	StepNotFound(StepId id) {
		super("curriculum.step.notFound", id);
	}

}
