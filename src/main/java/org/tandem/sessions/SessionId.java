package org.tandem.sessions;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a planned session: a single meeting or a weekly series.
 *
 * @param value the id
 */
public record SessionId(UUID value) {

	public SessionId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
