package org.tandem.curriculum;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default catalogue every organisation starts from: big enough, in both languages,
 * with every step mapped to a real DigComp competence and level.
 */
class DefaultCatalogueTest {

	static final List<DefaultCatalogue.Entry> CATALOGUE = DefaultCatalogue.read(JsonMapper.builder().build());

	@Test
	void hasAtLeastFifteenTopicsAndSixtySteps() {
		assertThat(CATALOGUE).hasSizeGreaterThanOrEqualTo(15);
		assertThat(CATALOGUE.stream().mapToInt((topic) -> topic.steps().size()).sum()).isGreaterThanOrEqualTo(60);
		assertThat(CATALOGUE).allSatisfy((topic) -> assertThat(topic.steps()).as(topic.code()).hasSizeGreaterThan(2));
	}

	@Test
	void coversWhatOlderPeopleInTheNordicsAskFor() {
		assertThat(CATALOGUE).extracting(DefaultCatalogue.Entry::code)
			.contains("bankid", "swish", "1177", "kivra", "video-calls", "whatsapp", "email", "photos",
					"online-shopping", "public-transport", "library", "passwords", "scams", "phone-settings");
	}

	@Test
	void topicCodesAreUniqueAndLowerCase() {
		Set<String> codes = new HashSet<>();
		for (DefaultCatalogue.Entry topic : CATALOGUE) {
			assertThat(codes.add(topic.code())).as("unique code " + topic.code()).isTrue();
			assertThat(topic.code()).matches(NewTopic.CODE_PATTERN);
		}
	}

	@Test
	void everyStepMapsToARealCompetenceAndALevelFromOneToEight() {
		for (DefaultCatalogue.Entry topic : CATALOGUE) {
			for (DefaultCatalogue.StepEntry step : topic.steps()) {
				assertThat(DigCompCompetence.byCode(step.competence())).as(step.title().en()).isPresent();
				assertThat(step.level()).as(step.title().en()).isBetween(1, 8);
			}
		}
	}

	@Test
	void hasNoEmptyTextInEitherLanguage() {
		for (DefaultCatalogue.Entry topic : CATALOGUE) {
			assertFilledIn(topic.name());
			assertFilledIn(topic.description());
			topic.steps().forEach((step) -> assertFilledIn(step.title()));
		}
	}

	@Test
	void fitsTheColumnsItIsSavedIn() {
		for (DefaultCatalogue.Entry topic : CATALOGUE) {
			assertThat(topic.name().sv()).hasSizeLessThanOrEqualTo(80);
			assertThat(topic.name().en()).hasSizeLessThanOrEqualTo(80);
			assertThat(topic.description().sv()).hasSizeLessThanOrEqualTo(300);
			assertThat(topic.description().en()).hasSizeLessThanOrEqualTo(300);
			for (DefaultCatalogue.StepEntry step : topic.steps()) {
				assertThat(step.title().sv()).hasSizeLessThanOrEqualTo(160);
				assertThat(step.title().en()).hasSizeLessThanOrEqualTo(160);
			}
		}
	}

	@Test
	void noTopicRepeatsAStep() {
		for (DefaultCatalogue.Entry topic : CATALOGUE) {
			assertThat(topic.steps()).extracting((step) -> step.title().en()).doesNotHaveDuplicates();
			assertThat(topic.steps()).extracting((step) -> step.title().sv()).doesNotHaveDuplicates();
		}
	}

	@Test
	void teachesNeverToShareBankIdCodes() {
		assertThat(CATALOGUE).filteredOn((topic) -> topic.code().equals("scams"))
			.singleElement()
			.satisfies((scams) -> assertThat(scams.steps()).extracting((step) -> step.title().en())
				.anySatisfy((title) -> assertThat(title).contains("Never share BankID codes")));
	}

	private static void assertFilledIn(LocalizedText text) {
		assertThat(text.sv()).isNotBlank();
		assertThat(text.en()).isNotBlank();
	}

}
