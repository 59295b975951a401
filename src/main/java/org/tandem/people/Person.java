package org.tandem.people;

import java.time.Instant;

/**
 * A mentor or a senior as the registry holds them.
 *
 * @param id the person's id
 * @param kind mentor or senior
 * @param status pending, active or inactive
 * @param profile what matching and sessions need
 * @param source how they came into Tandem
 * @param createdAt when
 * @param version the version an edit must name
 */
public record Person(PersonId id, PersonKind kind, PersonStatus status, Profile profile, PersonSource source,
		Instant createdAt, int version) {

	public boolean isMentor() {
		return this.kind == PersonKind.MENTOR;
	}

	public String fullName() {
		return this.profile.fullName();
	}

}
