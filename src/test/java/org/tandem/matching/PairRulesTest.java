package org.tandem.matching;

import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.people.Gender;
import org.tandem.venues.Venue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hard rule by name: a pair that breaks only that rule is never a candidate, and the
 * single-pair check names exactly that rule. The pair they start from breaks none.
 */
class PairRulesTest {

	Registry registry;

	Venue library;

	Registry.Person senior;

	Registry.Person mentor;

	@BeforeEach
	void anAllowedPair() {
		this.registry = new Registry();
		this.library = this.registry.library();
		this.senior = this.registry.senior().at(this.library);
		this.mentor = this.registry.mentor().at(this.library);
	}

	@Test
	void thePairToStartFromIsAllowed() {
		assertBroken();
	}

	@Test
	void bothActiveInProgramme() {
		CandidateSet candidates = this.registry.candidates();
		this.registry.people.remove(this.mentor);

		assertThat(this.registry.candidates().rulesBroken(this.senior.id, this.mentor.id))
			.containsExactly(PairRule.BOTH_ACTIVE_IN_PROGRAMME);
		assertThat(candidates.rulesBroken(this.senior.id, this.mentor.id)).isEmpty();
	}

	@Test
	void seniorNotAlreadyPaired() {
		Registry.Person other = this.registry.mentor().at(this.library);
		this.registry.kept.add(new PairOfPeople(this.senior.id, other.id));

		assertBroken(PairRule.SENIOR_NOT_ALREADY_PAIRED);
	}

	@Test
	void seniorConsent() {
		this.senior.participationConsent = false;

		assertBroken(PairRule.SENIOR_CONSENT);
	}

	@Test
	void mentorConsent() {
		this.mentor.participationConsent = false;

		assertBroken(PairRule.MENTOR_CONSENT);
	}

	@Test
	void guardianConsent() {
		this.mentor.minor();
		assertBroken();

		this.mentor.guardianConsent = false;

		assertBroken(PairRule.GUARDIAN_CONSENT);
	}

	@Test
	void sharedLanguage() {
		this.senior.languages = Registry.speaks("so");
		this.mentor.languages = Registry.speaks("sv", "ar");

		assertBroken(PairRule.SHARED_LANGUAGE);
	}

	@Test
	void meetingTimeAndPlace() {
		this.mentor.availability = Registry.on(DayOfWeek.TUESDAY, 15, 17);
		assertBroken();

		this.registry.sessionMinutes = 90;

		assertBroken(PairRule.MEETING_TIME_AND_PLACE);
	}

	@Test
	void meetingTimeAndPlaceNeedsTheVenueOpen() {
		this.library = this.registry.venue("Byske bibliotek", "Skellefteå", Registry.on(DayOfWeek.TUESDAY, 9, 14));
		this.senior.venues.clear();
		this.mentor.venues.clear();
		this.senior.at(this.library);
		this.mentor.at(this.library);

		assertBroken(PairRule.MEETING_TIME_AND_PLACE);
	}

	@Test
	void meetingTimeAndPlaceNeedsAVenueBothMayUse() {
		Venue other = this.registry.venue("Ursviken bibliotek", "Skellefteå", Registry.weekdays(9, 18));
		this.mentor.venues.clear();
		this.mentor.at(other);

		assertBroken(PairRule.MEETING_TIME_AND_PLACE);
	}

	@Test
	void meetingTimeAndPlaceLetsSomeoneWithoutAPreferenceUseTheirMunicipalitysVenues() {
		this.mentor.venues.clear();
		assertBroken();

		this.mentor.city = "Umeå";

		assertBroken(PairRule.MEETING_TIME_AND_PLACE);
	}

	@Test
	void minorOnlyAtVenues() {
		homeVisitOnly();
		this.mentor.minor();

		assertBroken(PairRule.MINOR_ONLY_AT_VENUES);
	}

	@Test
	void homeVisitNeedsBackgroundCheck() {
		homeVisitOnly();
		this.mentor.backgroundCheckValid = true;
		assertBroken();

		this.mentor.backgroundCheckValid = false;

		assertBroken(PairRule.HOME_VISIT_NEEDS_BACKGROUND_CHECK);
	}

	@Test
	void neverPair() {
		this.registry.neverPairs.add(new PairOfPeople(this.senior.id, this.mentor.id));

		assertBroken(PairRule.NEVER_PAIR);
	}

	@Test
	void rejectedBefore() {
		this.registry.rejected.add(new PairOfPeople(this.senior.id, this.mentor.id));

		assertBroken(PairRule.REJECTED_BEFORE);
	}

	@Test
	void mentorCapacity() {
		this.mentor.capacity = 1;
		Registry.Person other = this.registry.senior().at(this.library);
		this.registry.kept.add(new PairOfPeople(other.id, this.mentor.id));

		assertBroken(PairRule.MENTOR_CAPACITY);
		assertThat(this.registry.candidates().problem().capacity(0)).isZero();
	}

	@Test
	void requiredMentorGender() {
		this.senior.preferredMentorGender = Gender.MAN;
		assertBroken();

		this.registry.requiredPreferences.add(this.senior.id);

		assertBroken(PairRule.REQUIRED_MENTOR_GENDER);
	}

	@Test
	void everyRuleHasATestNamedForIt() {
		Set<String> tests = Arrays.stream(getClass().getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(Test.class))
			.map(Method::getName)
			.collect(java.util.stream.Collectors.toSet());
		for (PairRule rule : PairRule.values()) {
			assertThat(tests).as("a test named for " + rule).contains(camel(rule.name()));
		}
	}

	/** The senior wants home visits and the mentor is willing; no venue fits. */
	private void homeVisitOnly() {
		this.senior.venues.clear();
		this.senior.city = "Skellefteå";
		this.senior.homeVisits = true;
		this.mentor.homeVisits = true;
		this.mentor.availability = Registry.on(DayOfWeek.SUNDAY, 10, 16);
		this.senior.availability = Registry.on(DayOfWeek.SUNDAY, 13, 16);
	}

	private void assertBroken(PairRule... rules) {
		CandidateSet candidates = this.registry.candidates();
		assertThat(candidates.rulesBroken(this.senior.id, this.mentor.id)).containsExactlyInAnyOrder(rules);
		MatchingProblem problem = candidates.problem();
		int senior = problem.seniorIndex(this.senior.id.value());
		int mentor = problem.mentorIndex(this.mentor.id.value());
		boolean candidate = senior >= 0 && problem.pair(senior, mentor) >= 0;
		assertThat(candidate).as("a candidate").isEqualTo(rules.length == 0);
	}

	private static String camel(String name) {
		StringBuilder camel = new StringBuilder();
		for (String part : name.toLowerCase(java.util.Locale.ROOT).split("_")) {
			camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return camel.toString();
	}

}
