package org.tandem.people;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The safeguarding rules, each a method named for the rule. Tandem knows only a year of
 * birth, so it errs on the safe side: someone who turns 18 this year counts as a minor
 * until the year is over.
 */
final class Safeguarding {

	static final int ADULT_AGE = 18;

	static final int MINIMUM_MENTOR_AGE = 13;

	private Safeguarding() {
	}

	/** True unless the person is 18 or older whatever their birthday. */
	static boolean possiblyMinor(int yearOfBirth, LocalDate today) {
		return today.getYear() - yearOfBirth <= ADULT_AGE;
	}

	/** A mentor is at least 13 this year. */
	static void mentorsAreAtLeastThirteen(PersonKind kind, Profile profile, LocalDate today) {
		if (kind == PersonKind.MENTOR && today.getYear() - profile.yearOfBirth() < MINIMUM_MENTOR_AGE) {
			throw new SafeguardingRuleBroken("yearOfBirth", "MentorAgeMinimum", MINIMUM_MENTOR_AGE);
		}
	}

	/** A mentor under 18 never goes on home visits. */
	static void noHomeVisitsForMinors(PersonKind kind, Profile profile, LocalDate today) {
		if (kind == PersonKind.MENTOR && profile.homeVisits() && possiblyMinor(profile.yearOfBirth(), today)) {
			throw new SafeguardingRuleBroken("homeVisits", "NoHomeVisitsForMinors");
		}
	}

	/** A mentor under 18 is made active only with a guardian's consent to take part. */
	static void guardianConsentBeforeActivatingAMinor(Person person, Collection<Consent> consents, LocalDate today) {
		if (person.kind() == PersonKind.MENTOR && possiblyMinor(person.profile().yearOfBirth(), today)
				&& consents.stream()
					.noneMatch((consent) -> consent.active() && consent.purpose() == ConsentPurpose.PARTICIPATION
							&& consent.givenBy() == ConsentGiver.GUARDIAN)) {
			throw new SafeguardingRuleBroken("status", "GuardianConsentRequired");
		}
	}

	/**
	 * An adult mentor willing to visit homes may do so only while a background check is
	 * valid; when it expires the permission goes with it, without anyone doing anything.
	 */
	static boolean homeVisitsPermitted(Person person, Collection<BackgroundCheck> checks, LocalDate today) {
		Profile profile = person.profile();
		if (person.kind() != PersonKind.MENTOR) {
			return profile.homeVisits();
		}
		return profile.homeVisits() && !possiblyMinor(profile.yearOfBirth(), today)
				&& checks.stream().anyMatch((check) -> check.validOn(today));
	}

}
