package org.tandem.people;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a mentor or a senior.
 *
 * @param value the id
 */
public record PersonId(UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
