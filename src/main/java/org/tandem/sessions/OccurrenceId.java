package org.tandem.sessions;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one occurrence of a session: one meeting on one day.
 *
 * @param value the id
 */
public record OccurrenceId(UUID value) {

	public OccurrenceId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
