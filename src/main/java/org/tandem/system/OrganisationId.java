package org.tandem.system;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an organisation, the tenant every record belongs to. It lives here rather
 * than in the organisations module because tenancy is enforced below every module.
 *
 * @param value the organisation's id
 */
public record OrganisationId(UUID value) implements Serializable {

	public OrganisationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
