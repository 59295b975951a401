package org.tandem.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tandem.curriculum.TopicId;
import org.tandem.people.PhoneNumber;
import org.tandem.people.Profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator makes valid, varied and repeatable people, in the shares it promises.
 */
class NordicPeopleTest {

	static final int YEAR = 2026;

	static final List<TopicId> TOPICS = IntStream.range(0, 16).mapToObj((i) -> new TopicId(new UUID(0, i))).toList();

	@Test
	void knowsAllOfSwedensMunicipalities() {
		List<Municipality> all = Municipality.all();
		assertThat(all).hasSize(290);
		assertThat(all).extracting(Municipality::name).contains("Skellefteå", "Kiruna", "Malmö", "Gotland");
		assertThat(all.stream().map(Municipality::code).distinct()).hasSize(290);
	}

	@Test
	void theSameSeedMakesTheSamePeople() {
		NordicPeople first = new NordicPeople(42);
		NordicPeople second = new NordicPeople(42);
		for (int i = 0; i < 200; i++) {
			Municipality home = first.municipality();
			assertThat(second.municipality()).isEqualTo(home);
			assertThat(second.senior(home, TOPICS, List.of(), Set.of(), YEAR))
				.isEqualTo(first.senior(home, TOPICS, List.of(), Set.of(), YEAR));
			assertThat(second.mentor(home, TOPICS, List.of(), Set.of(), YEAR))
				.isEqualTo(first.mentor(home, TOPICS, List.of(), Set.of(), YEAR));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 2026, 987_654_321 })
	void everyoneIsAValidProfileWithAUniqueRealPhoneNumber(long seed) {
		NordicPeople generator = new NordicPeople(seed);
		Set<String> phones = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			Municipality home = generator.municipality();
			for (Profile profile : List.of(generator.senior(home, TOPICS, List.of(), Set.of(), YEAR),
					generator.mentor(home, TOPICS, List.of(), Set.of(), YEAR))) {
				if (profile.phone() != null) {
					assertThat(phones.add(profile.phone().e164())).as("unique phone").isTrue();
					assertThat(PhoneNumber.parse(profile.phone().e164())).isEqualTo(profile.phone());
				}
				assertThat(profile.email() == null || profile.email().endsWith("@example.se")).isTrue();
			}
		}
	}

	@Test
	void sharesLookLikeASwedishProgramme() {
		NordicPeople generator = new NordicPeople(2026);
		int count = 10_000;
		List<Profile> seniors = IntStream.range(0, count)
			.mapToObj((i) -> generator.senior(generator.municipality(), TOPICS, List.of(), Set.of(), YEAR))
			.toList();
		List<Profile> mentors = IntStream.range(0, count)
			.mapToObj((i) -> generator.mentor(generator.municipality(), TOPICS, List.of(), Set.of(), YEAR))
			.toList();

		Map<String, Long> seniorFirst = seniors.stream()
			.collect(Collectors.groupingBy((profile) -> profile.firstLanguage().code(), Collectors.counting()));
		assertThat(share(seniorFirst, "sv", count)).isCloseTo(0.82, within(0.02));
		assertThat(share(seniorFirst, "fi", count)).isCloseTo(0.07, within(0.01));
		assertThat(seniorFirst).containsKeys("ar", "so", "fa", "bs", "se", "en");
		Map<String, Long> mentorFirst = mentors.stream()
			.collect(Collectors.groupingBy((profile) -> profile.firstLanguage().code(), Collectors.counting()));
		assertThat(share(mentorFirst, "ar", count)).isCloseTo(0.09, within(0.015));

		assertThat(seniors).allSatisfy((senior) -> assertThat(YEAR - senior.yearOfBirth()).isBetween(65, 95));
		assertThat(mentors).allSatisfy((mentor) -> assertThat(YEAR - mentor.yearOfBirth()).isBetween(15, 25));
		assertThat(mentors.stream().filter((mentor) -> YEAR - mentor.yearOfBirth() <= 17).count() / (double) count)
			.isCloseTo(0.7, within(0.02));
		assertThat(mentors).filteredOn(Profile::homeVisits)
			.allSatisfy((mentor) -> assertThat(YEAR - mentor.yearOfBirth()).isGreaterThanOrEqualTo(19));
		assertThat(seniors.stream().filter((senior) -> !senior.topics().isEmpty()).count()).isEqualTo(count);
	}

	@Test
	void peopleLiveWhereSwedesLive() {
		NordicPeople generator = new NordicPeople(5);
		Map<String, Long> homes = IntStream.range(0, 20_000)
			.mapToObj((i) -> generator.municipality())
			.collect(Collectors.groupingBy(Municipality::name, Collectors.counting()));
		assertThat(homes.get("Stockholm")).isGreaterThan(homes.getOrDefault("Bjurholm", 0L) * 50);
		assertThat(homes.keySet().size()).isGreaterThan(250);
	}

	private static double share(Map<String, Long> counts, String key, int total) {
		return counts.getOrDefault(key, 0L) / (double) total;
	}

}
