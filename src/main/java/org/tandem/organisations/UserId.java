package org.tandem.organisations;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a user account.
 *
 * @param value the id
 */
public record UserId(UUID value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
