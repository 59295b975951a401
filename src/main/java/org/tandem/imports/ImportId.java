package org.tandem.imports;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an uploaded import.
 *
 * @param value the id
 */
public record ImportId(UUID value) {

	public ImportId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
