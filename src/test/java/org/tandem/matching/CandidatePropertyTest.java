package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.people.Gender;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonKind;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On hundreds of random small registries: the candidates are exactly the pairs that break
 * no hard rule, by the single-pair check and by a second, plain implementation of the
 * rules written from their wording (windows compared as times, not bitmaps); and every
 * candidate's explanation adds up to its score. The seed of a failing registry is in the
 * message.
 */
class CandidatePropertyTest {

	static final String[] LANGUAGES = { "sv", "fi", "ar", "so" };

	static final String[] TOWNS = { "Skellefteå", "Umeå" };

	static LongStream seeds() {
		return LongStream.range(0, 250);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void candidatesAreExactlyThePairsThatBreakNoRuleAndExplanationsAddUp(long seed) {
		Registry registry = random(seed);
		MatchingInput input = registry.input();
		CandidateSet candidates = CandidateSet.of(new CandidatePool(input));
		MatchingProblem problem = candidates.problem();
		String why = "seed " + seed;
		int pairs = 0;
		for (PersonForMatching senior : input.people()) {
			if (senior.isMentor()) {
				continue;
			}
			for (PersonForMatching mentor : input.people()) {
				if (!mentor.isMentor()) {
					continue;
				}
				Set<PairRule> broken = candidates.rulesBroken(senior.id(), mentor.id());
				assertThat(broken).as(why + ", plain rules").isEqualTo(plainRules(input, senior, mentor));
				int s = problem.seniorIndex(senior.id().value());
				int pair = (s >= 0) ? problem.pair(s, problem.mentorIndex(mentor.id().value())) : -1;
				assertThat(pair >= 0).as(why + ", candidate iff no rule broken: " + broken).isEqualTo(broken.isEmpty());
				if (pair >= 0) {
					pairs++;
					int explained = candidates.explain(senior.id(), mentor.id())
						.stream()
						.mapToInt(ExplanationLine::points)
						.sum();
					assertThat(explained).as(why + ", explanation adds up").isEqualTo(problem.candidates().score(pair));
				}
			}
		}
		assertThat(problem.candidates().size()).as(why).isEqualTo(pairs);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theReasonsCountEveryMentorWhereTheRulesStopThem(long seed) {
		Registry registry = random(seed);
		// Towns without a venue, and people of towns the programme does not reach.
		registry.mentor().city = "Kiruna";
		registry.senior().city = "Kiruna";
		CandidatePool pool = new CandidatePool(registry.input());
		for (int s = 0; s < pool.seniors.length; s++) {
			int[] stages = new int[8];
			for (int m = 0; m < pool.mentors.length; m++) {
				stages[CandidatePool.stage(pool.broken(s, m))]++;
			}
			assertThat(pool.mentorsAtStage(s)).as("seed " + seed + ", senior " + s).containsExactly(stages);
		}
	}

	/** The hard rules as written, on the registry's own records. */
	static Set<PairRule> plainRules(MatchingInput input, PersonForMatching senior, PersonForMatching mentor) {
		Set<PairRule> broken = EnumSet.noneOf(PairRule.class);
		if (input.request().kept().stream().anyMatch((pair) -> pair.senior().equals(senior.id()))) {
			broken.add(PairRule.SENIOR_NOT_ALREADY_PAIRED);
		}
		if (!senior.participationConsent()) {
			broken.add(PairRule.SENIOR_CONSENT);
		}
		if (!mentor.participationConsent()) {
			broken.add(PairRule.MENTOR_CONSENT);
		}
		if (mentor.possiblyMinor() && !mentor.guardianConsent()) {
			broken.add(PairRule.GUARDIAN_CONSENT);
		}
		if (senior.languages().stream().noneMatch(mentor.languages()::contains)) {
			broken.add(PairRule.SHARED_LANGUAGE);
		}
		Duration session = Duration.ofMinutes(input.sessionMinutes());
		boolean atVenue = false;
		for (Venue venue : usable(input, senior)) {
			if (usable(input, mentor).contains(venue)
					&& longestShared(senior.availability(), mentor.availability(), venue.openingHours())
						.compareTo(session) >= 0) {
				atVenue = true;
			}
		}
		Set<String> sharedTowns = new HashSet<>(municipalities(input, senior));
		sharedTowns.retainAll(municipalities(input, mentor));
		boolean homeFits = senior.homeVisits() && mentor.homeVisits() && !sharedTowns.isEmpty()
				&& senior.availability().longestSharedStretch(mentor.availability()).compareTo(session) >= 0;
		if (!atVenue) {
			if (!homeFits) {
				broken.add(PairRule.MEETING_TIME_AND_PLACE);
			}
			else if (mentor.possiblyMinor()) {
				broken.add(PairRule.MINOR_ONLY_AT_VENUES);
			}
			else if (!mentor.backgroundCheckValid()) {
				broken.add(PairRule.HOME_VISIT_NEEDS_BACKGROUND_CHECK);
			}
		}
		PairOfPeople pair = new PairOfPeople(senior.id(), mentor.id());
		if (input.neverPairs().contains(pair)) {
			broken.add(PairRule.NEVER_PAIR);
		}
		if (input.request().rejected().contains(pair)) {
			broken.add(PairRule.REJECTED_BEFORE);
		}
		long keptWithMentor = input.request()
			.kept()
			.stream()
			.filter((kept) -> kept.mentor().equals(mentor.id()))
			.map(PairOfPeople::senior)
			.distinct()
			.count();
		if (mentor.capacity() - keptWithMentor <= 0) {
			broken.add(PairRule.MENTOR_CAPACITY);
		}
		if (input.requiredPreferences().contains(senior.id()) && senior.preferredMentorGender() != null
				&& senior.preferredMentorGender() != mentor.gender()) {
			broken.add(PairRule.REQUIRED_MENTOR_GENDER);
		}
		return broken;
	}

	static List<Venue> usable(MatchingInput input, PersonForMatching person) {
		List<Venue> preferred = input.venues()
			.stream()
			.filter((venue) -> person.venues().contains(venue.id()))
			.toList();
		if (!preferred.isEmpty()) {
			return preferred;
		}
		Set<String> towns = municipalities(input, person);
		return input.venues()
			.stream()
			.filter((venue) -> venue.address() != null && towns.contains(venue.address().municipality()))
			.toList();
	}

	static Set<String> municipalities(MatchingInput input, PersonForMatching person) {
		Set<String> towns = new HashSet<>();
		input.venues()
			.stream()
			.filter((venue) -> person.venues().contains(venue.id()) && venue.address() != null)
			.forEach((venue) -> towns.add(venue.address().municipality()));
		if (towns.isEmpty() && person.city() != null && input.venues()
			.stream()
			.anyMatch((venue) -> venue.address() != null && venue.address().municipality().equals(person.city()))) {
			towns.add(person.city());
		}
		return towns;
	}

	static Duration longestShared(WeeklyTimes a, WeeklyTimes b, WeeklyTimes c) {
		Duration longest = Duration.ZERO;
		for (TimeWindow x : a.windows()) {
			for (TimeWindow y : b.windows()) {
				for (TimeWindow z : c.windows()) {
					if (x.day() != y.day() || y.day() != z.day()) {
						continue;
					}
					LocalTime from = max(max(x.start(), y.start()), z.start());
					LocalTime to = min(min(x.end(), y.end()), z.end());
					if (to.isAfter(from) && Duration.between(from, to).compareTo(longest) > 0) {
						longest = Duration.between(from, to);
					}
				}
			}
		}
		return longest;
	}

	static Registry random(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Registry registry = new Registry();
		registry.sessionMinutes = 30 * (1 + random.nextInt(3));
		for (int v = 0; v < 1 + random.nextInt(3); v++) {
			registry.venue("Venue " + v, TOWNS[random.nextInt(TOWNS.length)], times(random, 1 + random.nextInt(4), 6));
		}
		List<TopicId> topics = List.of(new TopicId(new UUID(9, 1)), new TopicId(new UUID(9, 2)),
				new TopicId(new UUID(9, 3)));
		List<Registry.Person> seniors = new ArrayList<>();
		List<Registry.Person> mentors = new ArrayList<>();
		for (int i = 0; i < 2 + random.nextInt(6); i++) {
			seniors.add(person(registry.senior(), registry, random, topics));
		}
		for (int i = 0; i < 1 + random.nextInt(5); i++) {
			mentors.add(person(registry.mentor(), registry, random, topics));
		}
		for (Registry.Person senior : seniors) {
			for (Registry.Person mentor : mentors) {
				PairOfPeople pair = new PairOfPeople(senior.id, mentor.id);
				if (random.nextInt(12) == 0) {
					registry.neverPairs.add(pair);
				}
				if (random.nextInt(12) == 0) {
					registry.rejected.add(pair);
				}
				if (random.nextInt(5) == 0) {
					registry.previous.add(pair);
				}
			}
			if (random.nextInt(6) == 0) {
				registry.kept.add(new PairOfPeople(senior.id, mentors.get(random.nextInt(mentors.size())).id));
			}
			if (senior.preferredMentorGender != null && random.nextBoolean()) {
				registry.requiredPreferences.add(senior.id);
			}
		}
		Map<Criterion, Integer> weights = new java.util.EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			weights.put(criterion, random.nextInt(60));
		}
		registry.weights = new Weights(weights, random.nextInt(30));
		return registry;
	}

	private static Registry.Person person(Registry.Person person, Registry registry, SplittableRandom random,
			List<TopicId> topics) {
		List<String> languages = new ArrayList<>();
		languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
		if (random.nextBoolean()) {
			languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
		}
		person.languages = Registry.speaks(languages.stream().distinct().toArray(String[]::new));
		person.availability = times(random, random.nextInt(3), 3);
		for (Venue venue : registry.venues) {
			if (random.nextInt(3) == 0) {
				person.venues.add(venue.id());
			}
		}
		person.city = (random.nextInt(4) == 0) ? null : TOWNS[random.nextInt(TOWNS.length)];
		person.homeVisits = random.nextInt(3) == 0;
		person.participationConsent = random.nextInt(10) != 0;
		person.gender = Gender.values()[random.nextInt(3)];
		Set<Device> devices = EnumSet.noneOf(Device.class);
		for (Device device : Device.values()) {
			if (random.nextInt(3) == 0) {
				devices.add(device);
			}
		}
		person.devices = devices;
		List<TopicId> chosen = new ArrayList<>(topics);
		java.util.Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
		person.topics(chosen.subList(0, random.nextInt(topics.size() + 1)).toArray(TopicId[]::new));
		person.registeredAt = Registry.TODAY.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant()
			.minus(Duration.ofDays(random.nextInt(400)));
		if (person.kind == PersonKind.MENTOR) {
			person.capacity = 1 + random.nextInt(3);
			if (random.nextInt(3) == 0) {
				person.minor();
				person.guardianConsent = random.nextInt(4) != 0;
			}
			person.backgroundCheckValid = !person.isMinor() && random.nextBoolean();
		}
		else if (random.nextInt(3) == 0) {
			person.preferredMentorGender = Gender.values()[random.nextInt(2)];
		}
		return person;
	}

	/** Up to {@code count} windows on Monday to Wednesday, on the half hour. */
	private static WeeklyTimes times(SplittableRandom random, int count, int longest) {
		List<TimeWindow> windows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int start = 16 + random.nextInt(16);
			int end = Math.min(47, start + 1 + random.nextInt(longest * 2));
			windows.add(new TimeWindow(DayOfWeek.of(1 + random.nextInt(3)), LocalTime.of(start / 2, (start % 2) * 30),
					LocalTime.of(end / 2, (end % 2) * 30)));
		}
		return new WeeklyTimes(windows);
	}

	private static LocalTime max(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalTime min(LocalTime a, LocalTime b) {
		return a.isBefore(b) ? a : b;
	}

}
