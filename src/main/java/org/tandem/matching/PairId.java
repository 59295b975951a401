package org.tandem.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a coordinator's decision on a pair.
 *
 * @param value the id
 */
public record PairId(UUID value) {

	public PairId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
