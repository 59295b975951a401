package org.tandem.matching;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.people.Gender;
import org.tandem.venues.Venue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a senior has no mentor, one reason at a time, said as a coordinator reads it; and a
 * pair's explanation in Swedish and English.
 */
class UnmatchedReasonsTest {

	Registry registry;

	Venue library;

	Registry.Person senior;

	Registry.Person mentor;

	MatchingTexts texts;

	@BeforeEach
	void aSeniorAndAMentorWhoCouldMeet() {
		this.registry = new Registry();
		this.library = this.registry.library();
		this.senior = this.registry.senior().at(this.library);
		this.mentor = this.registry.mentor().at(this.library);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages/people", "messages/matching");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.texts = new MatchingTexts(messages);
	}

	@Test
	void noParticipationConsent() {
		this.senior.participationConsent = false;

		assertReason(UnmatchedReason.Code.NO_PARTICIPATION_CONSENT, "no consent for participation recorded");
	}

	@Test
	void noAvailability() {
		this.senior.availability = org.tandem.system.WeeklyTimes.NONE;

		assertReason(UnmatchedReason.Code.NO_AVAILABILITY, "no times in the week recorded when the senior can meet");
	}

	@Test
	void noPlaceToMeet() {
		this.senior.venues.clear();
		this.senior.city = null;

		assertReason(UnmatchedReason.Code.NO_PLACE_TO_MEET,
				"no place to meet: no venue of the programme chosen or nearby, and no home visits");
	}

	@Test
	void noMentors() {
		this.registry.people.remove(this.mentor);

		assertReason(UnmatchedReason.Code.NO_MENTORS, "the programme has no active mentors");
	}

	@Test
	void noMentorSpeaksTheLanguage() {
		this.senior.languages = Registry.speaks("so");

		assertReason(UnmatchedReason.Code.NO_MENTOR_SPEAKS_LANGUAGE, "no mentor speaks Somali");
		assertThat(this.texts.text(reasons().get(0).phrase(), Locale.forLanguageTag("sv")))
			.isEqualTo("ingen mentor talar somaliska");
	}

	@Test
	void noCommonTimeAndPlace() {
		this.senior.languages = Registry.speaks("so", "sv");
		this.mentor.languages = Registry.speaks("so");
		this.mentor.availability = Registry.on(DayOfWeek.SATURDAY, 10, 14);
		this.registry.mentor().at(this.library).languages = Registry.speaks("ar");

		assertReason(UnmatchedReason.Code.NO_COMMON_TIME_AND_PLACE,
				"the 1 mentors who speak Somali, Swedish have no time in common with the senior at a place both can use");
	}

	@Test
	void homeVisitNotPermitted() {
		this.senior.venues.clear();
		this.senior.homeVisits = true;
		this.senior.availability = Registry.on(DayOfWeek.SUNDAY, 10, 12);
		this.mentor.homeVisits = true;
		this.mentor.availability = Registry.on(DayOfWeek.SUNDAY, 10, 12);
		this.mentor.venues.clear();

		assertReason(UnmatchedReason.Code.HOME_VISIT_NOT_PERMITTED,
				"only a home visit would work, and the 1 mentors who could come are under 18 or have no valid background check");
	}

	@Test
	void mentorsWithoutConsent() {
		this.mentor.minor();
		this.mentor.guardianConsent = false;

		assertReason(UnmatchedReason.Code.MENTORS_WITHOUT_CONSENT,
				"the 1 mentors who could meet have no consent recorded (their own, or a guardian's for those under 18)");
	}

	@Test
	void requiredGenderUnavailable() {
		this.senior.preferredMentorGender = Gender.MAN;
		this.registry.requiredPreferences.add(this.senior.id);

		assertReason(UnmatchedReason.Code.REQUIRED_GENDER_UNAVAILABLE,
				"no mentor who could meet has the required gender (Man)");
	}

	@Test
	void excludedByCoordinator() {
		this.registry.neverPairs.add(new PairOfPeople(this.senior.id, this.mentor.id));

		assertReason(UnmatchedReason.Code.EXCLUDED_BY_COORDINATOR,
				"every mentor who could meet (1) was excluded or rejected by a coordinator");
	}

	@Test
	void mentorsFull() {
		this.mentor.capacity = 1;
		Registry.Person other = this.registry.senior().at(this.library);
		this.registry.kept.add(new PairOfPeople(other.id, this.mentor.id));

		assertReason(UnmatchedReason.Code.MENTORS_FULL, "every mentor who could meet (1) is full");
	}

	@Test
	void mentorsTakenByOthers() {
		assertReason(UnmatchedReason.Code.MENTORS_TAKEN_BY_OTHERS,
				"the mentors who could meet are matched with other seniors in this proposal");
	}

	@Test
	void aSeniorKeptWithAMentorHasNoReasons() {
		this.registry.kept.add(new PairOfPeople(this.senior.id, this.mentor.id));

		assertThat(reasons()).isEmpty();
	}

	@Test
	void aPairIsExplainedInEnglishAndSwedish() {
		TopicId bankId = new TopicId(new java.util.UUID(9, 1));
		TopicId swish = new TopicId(new java.util.UUID(9, 2));
		TopicId scams = new TopicId(new java.util.UUID(9, 3));
		this.senior.languages = Registry.speaks("ar", "sv");
		this.senior.topics(bankId, swish, scams);
		this.senior.devices = java.util.Set.of(Device.IPHONE, Device.WINDOWS);
		this.mentor.languages = Registry.speaks("sv", "ar");
		this.mentor.topics(bankId, scams);
		this.mentor.devices = java.util.Set.of(Device.IPHONE);

		CandidateSet candidates = this.registry.candidates();
		List<ExplanationLine> lines = candidates.explain(this.senior.id, this.mentor.id);

		assertThat(lines).extracting((line) -> this.texts.text(line, Locale.ENGLISH))
			.containsExactly("2 of 3 wanted topics +48", "mentor knows iPhone +20",
					"Tuesdays 14:00–16:00 at Kåge bibliotek, 2 hours a week in common +10",
					"both prefer Kåge bibliotek +25", "both speak Arabic +40", "waited 7 weeks +14");
		assertThat(lines).extracting((line) -> this.texts.text(line, Locale.forLanguageTag("sv")))
			.contains("båda talar arabiska +40",
					"Tisdagar 14:00–16:00 på Kåge bibliotek, 2 timmar i veckan gemensamt +10");
		MatchingProblem problem = candidates.problem();
		int pair = problem.pair(problem.seniorIndex(this.senior.id.value()),
				problem.mentorIndex(this.mentor.id.value()));
		assertThat(problem.candidates().score(pair)).isEqualTo(48 + 20 + 10 + 25 + 40 + 14);
	}

	private List<UnmatchedReason> reasons() {
		return this.registry.candidates().unmatchedReasons(this.senior.id);
	}

	private void assertReason(UnmatchedReason.Code code, String english) {
		List<UnmatchedReason> reasons = reasons();
		assertThat(reasons).extracting(UnmatchedReason::code).containsExactly(code);
		assertThat(this.texts.text(reasons.get(0).phrase(), Locale.ENGLISH)).isEqualTo(english);
	}

	@Test
	void hoursAndWeeksAreSaidInTheSingularForOne() {
		Locale swedish = Locale.forLanguageTag("sv");

		assertThat(this.texts.text(Phrase.of("matching.explanation.AVAILABILITY.shared", 1), swedish))
			.isEqualTo("1 timme i veckan gemensamt");
		assertThat(this.texts.text(Phrase.of("matching.explanation.AVAILABILITY.shared", 3), swedish))
			.isEqualTo("3 timmar i veckan gemensamt");
		assertThat(this.texts.text(Phrase.of("matching.explanation.AVAILABILITY.shared", 1), Locale.ENGLISH))
			.isEqualTo("1 hour a week in common");
		assertThat(this.texts.text(Phrase.of("matching.explanation.WAITING", 1), Locale.ENGLISH))
			.isEqualTo("waited 1 week");
		assertThat(this.texts.text(Phrase.of("matching.explanation.WAITING", 4), swedish))
			.isEqualTo("har väntat 4 veckor");
	}

}
