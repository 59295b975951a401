package org.tandem.curriculum;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The DigComp 2.2 reference data: five areas, 21 competences with their official codes
 * and names, and eight proficiency levels in four bands.
 */
class DigCompTest {

	@Test
	void hasTheFiveAreasInTheFrameworksOrder() {
		assertThat(DigCompArea.values()).extracting(DigCompArea::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(DigCompArea.values()).extracting((area) -> area.title().en())
			.containsExactly("Information and data literacy", "Communication and collaboration",
					"Digital content creation", "Safety", "Problem solving");
	}

	@Test
	void hasTheTwentyOneCompetencesWithTheirOfficialCodes() {
		assertThat(DigCompCompetence.values()).extracting(DigCompCompetence::code)
			.containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
					"4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4");
		assertThat(DigCompArea.values()).extracting((area) -> area.competences().size()).containsExactly(3, 6, 4, 4, 4);
	}

	@Test
	void everyCompetenceBelongsToTheAreaItsCodeNames() {
		for (DigCompCompetence competence : DigCompCompetence.values()) {
			assertThat(competence.code()).startsWith(competence.area().number() + ".");
		}
	}

	@Test
	void namesTheCompetencesAsDigComp22DoesInEnglishAndSwedish() {
		assertThat(DigCompCompetence.of("1.1").title().en())
			.isEqualTo("Browsing, searching and filtering data, information and digital content");
		assertThat(DigCompCompetence.of("2.6").title().en()).isEqualTo("Managing digital identity");
		assertThat(DigCompCompetence.of("3.3").title().en()).isEqualTo("Copyright and licences");
		assertThat(DigCompCompetence.of("4.2").title().en()).isEqualTo("Protecting personal data and privacy");
		assertThat(DigCompCompetence.of("5.4").title().en()).isEqualTo("Identifying digital competence gaps");
		assertThat(DigCompCompetence.of("4.2").title().in(Locale.forLanguageTag("sv")))
			.isEqualTo("Skydda personuppgifter och privatliv");
		assertThat(Arrays.stream(DigCompCompetence.values()).map((competence) -> competence.title().sv()).distinct())
			.hasSize(21);
	}

	@Test
	void findsACompetenceOnlyByARealCode() {
		assertThat(DigCompCompetence.byCode("2.3")).contains(DigCompCompetence.ENGAGING_IN_CITIZENSHIP);
		assertThat(DigCompCompetence.byCode("1.4")).isEmpty();
		assertThat(DigCompCompetence.byCode("6.1")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> DigCompCompetence.of("2.7"));
	}

	@Test
	void theCodePatternAcceptsExactlyTheTwentyOneCodes() {
		for (DigCompCompetence competence : DigCompCompetence.values()) {
			assertThat(competence.code()).matches(DigCompCompetence.CODE_PATTERN);
		}
		for (String wrong : new String[] { "0.1", "1.0", "1.4", "2.7", "3.5", "4.5", "5.5", "6.1", "11", "1.1.1" }) {
			assertThat(wrong).doesNotMatch(DigCompCompetence.CODE_PATTERN);
		}
	}

	@Test
	void groupsTheEightLevelsInFourBandsOfTwo() {
		assertThat(ProficiencyLevel.of(1).band()).isEqualTo(ProficiencyBand.FOUNDATION);
		assertThat(ProficiencyLevel.of(2).band()).isEqualTo(ProficiencyBand.FOUNDATION);
		assertThat(ProficiencyLevel.of(3).band()).isEqualTo(ProficiencyBand.INTERMEDIATE);
		assertThat(ProficiencyLevel.of(4).band()).isEqualTo(ProficiencyBand.INTERMEDIATE);
		assertThat(ProficiencyLevel.of(5).band()).isEqualTo(ProficiencyBand.ADVANCED);
		assertThat(ProficiencyLevel.of(6).band()).isEqualTo(ProficiencyBand.ADVANCED);
		assertThat(ProficiencyLevel.of(7).band()).isEqualTo(ProficiencyBand.HIGHLY_SPECIALISED);
		assertThat(ProficiencyLevel.of(8).band()).isEqualTo(ProficiencyBand.HIGHLY_SPECIALISED);
		assertThat(ProficiencyBand.HIGHLY_SPECIALISED.title().en()).isEqualTo("Highly specialised");
	}

	@Test
	void hasNoLevelBelowOneOrAboveEight() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProficiencyLevel.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> ProficiencyLevel.of(9));
	}

	@Test
	void aTextNeedsBothLanguagesAndSpeaksTheOneAskedFor() {
		LocalizedText text = new LocalizedText(" Hej ", "Hello");
		assertThat(text.in(Locale.forLanguageTag("sv-SE"))).isEqualTo("Hej");
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("Hello");
		assertThat(text.in(Locale.GERMAN)).isEqualTo("Hello");
		assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText("Hej", " "));
	}

}
