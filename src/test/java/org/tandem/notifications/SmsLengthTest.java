package org.tandem.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMS segments as phones count them: 160 GSM characters in one, 153 in each of several;
 * 70 UCS-2 characters in one, 67 in each of several.
 */
class SmsLengthTest {

	@Test
	void swedishLettersAreInTheGsmAlphabet() {
		assertThat(SmsLength.gsm("Påminnelse: Åsa, Örjan och Ärla, é ü")).isTrue();
		assertThat(SmsLength.gsm("14.00–15.00")).as("an en dash").isFalse();
	}

	@Test
	void gsmTextsHold160CharactersInOneSegmentAnd153InEachOfSeveral() {
		assertThat(SmsLength.segments("a".repeat(160))).isEqualTo(1);
		assertThat(SmsLength.segments("a".repeat(161))).isEqualTo(2);
		assertThat(SmsLength.segments("ä".repeat(306))).isEqualTo(2);
		assertThat(SmsLength.segments("ä".repeat(307))).isEqualTo(3);
	}

	@Test
	void theExtensionTableCountsTwice() {
		assertThat(SmsLength.segments("€".repeat(80))).isEqualTo(1);
		assertThat(SmsLength.segments("€".repeat(81))).isEqualTo(2);
	}

	@Test
	void anyOtherCharacterMakesTheWholeTextUcs2() {
		assertThat(SmsLength.segments("ë" + "a".repeat(69))).isEqualTo(1);
		assertThat(SmsLength.segments("ë" + "a".repeat(70))).isEqualTo(2);
		assertThat(SmsLength.segments("ë" + "a".repeat(133))).isEqualTo(2);
		assertThat(SmsLength.segments("ë" + "a".repeat(134))).isEqualTo(3);
	}

	@Test
	void aCutTextFitsAndSaysItWasCut() {
		String cut = SmsLength.cut("word ".repeat(100), 2);

		assertThat(SmsLength.segments(cut)).isEqualTo(2);
		assertThat(cut).endsWith("...").hasSizeBetween(300, 306);
		assertThat(SmsLength.cut("short", 2)).isEqualTo("short");
		assertThat(SmsLength.cut("😀".repeat(100), 1)).endsWith("😀…").hasSizeLessThanOrEqualTo(70);
	}

}
