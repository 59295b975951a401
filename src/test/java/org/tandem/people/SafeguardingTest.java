package org.tandem.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each safeguarding rule, by its name, on its own.
 */
class SafeguardingTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static Person mentor(int yearOfBirth, boolean homeVisits) {
		Profile profile = Profiles.mentor("Elias", "Berg", yearOfBirth);
		return new Person(new PersonId(UUID.randomUUID()), PersonKind.MENTOR, PersonStatus.PENDING,
				homeVisits ? Profiles.withHomeVisits(profile) : profile, PersonSource.MANUAL, Instant.EPOCH, 0);
	}

	static Consent consent(Person person, ConsentGiver givenBy, boolean withdrawn) {
		return new Consent(UUID.randomUUID(), person.id(), ConsentPurpose.PARTICIPATION, givenBy,
				givenBy == ConsentGiver.GUARDIAN ? "Anna Berg" : null, ConsentMethod.PAPER, Instant.EPOCH,
				withdrawn ? Instant.EPOCH : null);
	}

	static BackgroundCheck check(Person person, LocalDate checkedOn, LocalDate expiresOn) {
		return new BackgroundCheck(UUID.randomUUID(), person.id(), checkedOn, expiresOn, "PR-2026-0042");
	}

	@Test
	void someoneWhoTurns18ThisYearStillCountsAsAMinor() {
		assertThat(Safeguarding.possiblyMinor(2010, TODAY)).isTrue();
		assertThat(Safeguarding.possiblyMinor(2008, TODAY)).isTrue();
		assertThat(Safeguarding.possiblyMinor(2007, TODAY)).isFalse();
	}

	@Test
	void guardianConsentRequired_aMinorMentorIsNotActivatedWithoutIt() {
		Person minor = mentor(2011, false);

		assertThatThrownBy(() -> Safeguarding.guardianConsentBeforeActivatingAMinor(minor, List.of(), TODAY))
			.isInstanceOf(SafeguardingRuleBroken.class)
			.extracting("rule")
			.isEqualTo("GuardianConsentRequired");
		assertThatThrownBy(() -> Safeguarding.guardianConsentBeforeActivatingAMinor(minor,
				List.of(consent(minor, ConsentGiver.PERSON, false)), TODAY))
			.as("the minor's own consent is not enough")
			.isInstanceOf(SafeguardingRuleBroken.class);
		assertThatThrownBy(() -> Safeguarding.guardianConsentBeforeActivatingAMinor(minor,
				List.of(consent(minor, ConsentGiver.GUARDIAN, true)), TODAY))
			.as("a withdrawn consent does not count")
			.isInstanceOf(SafeguardingRuleBroken.class);
		assertThatNoException().isThrownBy(() -> Safeguarding.guardianConsentBeforeActivatingAMinor(minor,
				List.of(consent(minor, ConsentGiver.GUARDIAN, false)), TODAY));
	}

	@Test
	void guardianConsentRequired_doesNotApplyToAdults() {
		assertThatNoException().isThrownBy(
				() -> Safeguarding.guardianConsentBeforeActivatingAMinor(mentor(2000, false), List.of(), TODAY));
	}

	@Test
	void noHomeVisitsForMinors() {
		Person minor = mentor(2010, true);

		assertThatThrownBy(() -> Safeguarding.noHomeVisitsForMinors(PersonKind.MENTOR, minor.profile(), TODAY))
			.isInstanceOf(SafeguardingRuleBroken.class)
			.extracting("field", "rule")
			.containsExactly("homeVisits", "NoHomeVisitsForMinors");
		assertThat(Safeguarding.homeVisitsPermitted(minor, List.of(check(minor, TODAY, TODAY.plusYears(1))), TODAY))
			.as("not even with a background check")
			.isFalse();
	}

	@Test
	void homeVisitsNeedAValidBackgroundCheck() {
		Person adult = mentor(1999, true);

		assertThat(Safeguarding.homeVisitsPermitted(adult, List.of(), TODAY)).isFalse();
		assertThat(Safeguarding.homeVisitsPermitted(adult,
				List.of(check(adult, TODAY.minusMonths(6), TODAY.plusMonths(6))), TODAY))
			.isTrue();
	}

	@Test
	void anExpiredCheckRemovesThePermissionByItself() {
		Person adult = mentor(1999, true);
		List<BackgroundCheck> checks = List.of(check(adult, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 11, 30)));

		assertThat(Safeguarding.homeVisitsPermitted(adult, checks, LocalDate.of(2026, 11, 30))).isTrue();
		assertThat(Safeguarding.homeVisitsPermitted(adult, checks, LocalDate.of(2026, 12, 1))).isFalse();
	}

	@Test
	void aMentorUnwillingToVisitHomesIsNeverSentThere() {
		Person adult = mentor(1999, false);

		assertThat(Safeguarding.homeVisitsPermitted(adult, List.of(check(adult, TODAY, TODAY.plusYears(1))), TODAY))
			.isFalse();
	}

	@Test
	void mentorAgeMinimum() {
		assertThatThrownBy(() -> Safeguarding.mentorsAreAtLeastThirteen(PersonKind.MENTOR,
				Profiles.mentor("Liv", "Ek", 2015), TODAY))
			.isInstanceOf(SafeguardingRuleBroken.class)
			.extracting("rule")
			.isEqualTo("MentorAgeMinimum");
		assertThatNoException().isThrownBy(() -> Safeguarding.mentorsAreAtLeastThirteen(PersonKind.MENTOR,
				Profiles.mentor("Liv", "Ek", 2013), TODAY));
	}

	@Test
	void aBackgroundCheckExpiresAfterItIsMade() {
		Person adult = mentor(1999, true);
		assertThatThrownBy(() -> check(adult, TODAY, TODAY.minusDays(1))).isInstanceOf(ProfileRejected.class)
			.extracting("field")
			.isEqualTo("expiresOn");
	}

}
