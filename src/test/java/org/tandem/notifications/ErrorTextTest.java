package org.tandem.notifications;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's error is kept in its own words, without the recipient's address, any other
 * e-mail address or phone number it quotes, or line breaks.
 */
class ErrorTextTest {

	@Test
	void takesOutTheRecipientsAddressAndAnyOtherAddressOrNumber() {
		String said = "550 5.1.1 <Astrid.Lind@Example.se>: Recipient address rejected; "
				+ "also tried astrid@example.org\nand +46 70-123 45 67";

		String kept = ErrorText.of(said, "astrid.lind@example.se");

		assertThat(kept).isEqualTo("550 5.1.1 <…>: Recipient address rejected; also tried … and …")
			.doesNotContain("\n");
	}

	@Test
	void takesOutAPhoneNumberWrittenWithoutItsPlus() {
		assertThat(ErrorText.of("Invalid to number 46701234567", "+46701234567")).isEqualTo("Invalid to number …");
	}

	@Test
	void keepsAProvidersPlainAnswer() {
		assertThat(ErrorText.of("Not enough credits", "+46701234567")).isEqualTo("Not enough credits");
	}

	@Test
	void namesEachCauseOfAnException() {
		Exception failure = new IllegalStateException("Mail server connection failed",
				new ConnectException("Connection refused"));

		assertThat(ErrorText.of(failure, "a@b.se"))
			.isEqualTo("IllegalStateException: Mail server connection failed / ConnectException: Connection refused");
	}

	@Test
	void isNeverLongerThanTheColumn() {
		assertThat(ErrorText.of("x".repeat(2_000), "")).hasSize(ErrorText.MAX).endsWith("…");
	}

}
