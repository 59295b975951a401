package org.tandem.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * A matching run's stable id: the address of its proposal and of the candidates it was
 * solved over.
 *
 * @param value the id
 */
public record MatchingRunId(UUID value) {

	public MatchingRunId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
