package org.tandem.venues;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AddressTest {

	static Address withPostcode(String postcode) {
		return new Address("Kanalgatan 50", postcode, "Skellefteå", "Skellefteå");
	}

	@ParameterizedTest
	@ValueSource(strings = { "931 85", "93185", " 931 85 " })
	void storesAPostcodeWithoutItsSpace(String written) {
		assertThat(withPostcode(written).postcode()).isEqualTo("93185");
	}

	@Test
	void writesThePostcodeAsOnALetter() {
		assertThat(withPostcode("93185").writtenPostcode()).isEqualTo("931 85");
	}

	@ParameterizedTest
	@ValueSource(strings = { "9318", "931 855", "9 3185", "931  85", "ABC DE", "SE-93185" })
	void refusesAPostcodeThatIsNotFiveDigits(String written) {
		assertThatExceptionOfType(InvalidPostcode.class).isThrownBy(() -> withPostcode(written))
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("postcode");
				assertThat(violation.messageKey()).isEqualTo("venues.postcodeInvalid");
			});
	}

	@Test
	void namesTheMissingPartOfAnAddress() {
		assertThatExceptionOfType(VenueRefused.class)
			.isThrownBy(() -> new Address("Kanalgatan 50", "931 85", " ", "Skellefteå"))
			.satisfies((violation) -> assertThat(violation.field()).isEqualTo("city"));
	}

	@Test
	void noPartsMakeNoAddress() {
		assertThat(Address.fromParts(null, " ", "", null)).isNull();
		assertThat(Address.fromParts("Kanalgatan 50", "931 85", "Skellefteå", "Skellefteå"))
			.isEqualTo(withPostcode("93185"));
	}

	@Test
	void somePartsMakeAnIncompleteAddress() {
		assertThatExceptionOfType(VenueRefused.class)
			.isThrownBy(() -> Address.fromParts("Kanalgatan 50", null, "Skellefteå", "Skellefteå"))
			.satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("postcode");
				assertThat(violation.rule()).isEqualTo("AddressIncomplete");
			});
	}

	@Test
	void tidiesItsParts() {
		Address address = new Address(" Kanalgatan 50 ", "931 85", " Skellefteå", "Skellefteå ");

		assertThat(address).isEqualTo(new Address("Kanalgatan 50", "93185", "Skellefteå", "Skellefteå"));
	}

}
