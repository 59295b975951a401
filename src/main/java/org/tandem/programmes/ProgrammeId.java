package org.tandem.programmes;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a programme.
 *
 * @param value the id
 */
public record ProgrammeId(UUID value) {

	public ProgrammeId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
