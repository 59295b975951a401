package org.tandem.people;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One consent for one purpose: who gave it, how and when, and whether it was withdrawn.
 * Withdrawal never deletes it: the record shows what was allowed when.
 *
 * @param id the consent's id
 * @param person whose consent
 * @param purpose what it allows
 * @param givenBy the person or a guardian
 * @param guardianName the guardian's name, when a guardian gave it
 * @param method how it was given
 * @param givenAt when
 * @param withdrawnAt when it was withdrawn, or {@code null}
 */
public record Consent(UUID id, PersonId person, ConsentPurpose purpose, ConsentGiver givenBy,
		@Nullable String guardianName, ConsentMethod method, Instant givenAt, @Nullable Instant withdrawnAt) {

	public boolean active() {
		return this.withdrawnAt == null;
	}

}
