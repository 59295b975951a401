package org.tandem.notifications;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a message in the outbox.
 *
 * @param value the id
 */
public record MessageId(UUID value) {

	public MessageId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
