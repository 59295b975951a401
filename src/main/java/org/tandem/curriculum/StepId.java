package org.tandem.curriculum;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a step of the curriculum.
 *
 * @param value the id
 */
public record StepId(UUID value) {

	public StepId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
