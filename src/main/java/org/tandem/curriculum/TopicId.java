package org.tandem.curriculum;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a topic of the curriculum.
 *
 * @param value the id
 */
public record TopicId(UUID value) {

	public TopicId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
