package org.tandem.people;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One person to add in bulk together with where they stand already: their status, their
 * consent to take part and, for an adult mentor, a background check. For lists that come
 * from a programme which has done its paperwork (a migration from another system, a
 * generated national dataset), so that 130,000 people are written in a few batches
 * instead of one round trip per consent.
 * {@link People#registerAllWithConsents(PersonKind, List, PersonSource, java.util.function.IntConsumer)}
 * applies the same safeguarding rules as registering, recording and activating one by
 * one.
 *
 * @param profile the person's profile
 * @param status where the person stands: only someone with a consent to take part that is
 * not withdrawn can be active
 * @param participation the consent to take part, or {@code null} if none is recorded yet
 * @param check an adult mentor's background check, or {@code null}
 */
public record Registration(Profile profile, PersonStatus status, @Nullable ParticipationConsent participation,
		@Nullable CheckRecord check) {

	public Registration {
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(status, "status");
		if (status == PersonStatus.ACTIVE && (participation == null || participation.withdrawn())) {
			throw new SafeguardingRuleBroken("status", "ActiveNeedsParticipationConsent");
		}
	}

	/** Someone pending, with nothing recorded: what {@link People#register} makes. */
	public static Registration pending(Profile profile) {
		return new Registration(profile, PersonStatus.PENDING, null, null);
	}

	/**
	 * A consent to take part.
	 *
	 * @param givenBy the person, or a guardian for a minor
	 * @param guardianName the guardian's name, required when a guardian gave it
	 * @param method how it was given
	 * @param withdrawn whether it has been withdrawn since (then the person cannot be
	 * active)
	 */
	public record ParticipationConsent(ConsentGiver givenBy, @Nullable String guardianName, ConsentMethod method,
			boolean withdrawn) {

		public ParticipationConsent {
			Objects.requireNonNull(givenBy, "givenBy");
			Objects.requireNonNull(method, "method");
			guardianName = (guardianName == null || guardianName.isBlank()) ? null : guardianName.strip();
			if (givenBy == ConsentGiver.GUARDIAN && guardianName == null) {
				throw new ProfileRejected("guardianName", "GuardianNameRequired");
			}
			if (givenBy == ConsentGiver.PERSON) {
				guardianName = null;
			}
		}

	}

	/**
	 * A background check as {@link People#recordBackgroundCheck} records it.
	 *
	 * @param checkedOn the date of the extract
	 * @param expiresOn the last day it counts
	 * @param reference the extract's reference
	 */
	public record CheckRecord(LocalDate checkedOn, LocalDate expiresOn, String reference) {

		public CheckRecord {
			if (expiresOn.isBefore(checkedOn)) {
				throw new ProfileRejected("expiresOn", "CheckExpiresAfterItIsMade");
			}
			reference = reference.strip();
			if (reference.isEmpty()) {
				throw new ProfileRejected("reference", "CheckReferenceRequired");
			}
		}

	}

}
