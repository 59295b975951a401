package org.tandem.people;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A profile and its value objects check themselves.
 */
class ProfileTest {

	@ParameterizedTest
	@ValueSource(strings = { "070-123 45 67", "0701234567", "070 123 45 67", "+46 70 123 45 67", "+46701234567",
			"0046 70 123 45 67", "(070) 123 45 67" })
	void readsPhoneNumbersWrittenTheSwedishWay(String written) {
		assertThat(PhoneNumber.parse(written).e164()).isEqualTo("+46701234567");
		assertThat(PhoneNumber.parse(written).display()).isEqualTo("070-123 45 67");
	}

	@Test
	void readsLandlinesAndForeignNumbers() {
		assertThat(PhoneNumber.parse("0910-123 45").e164()).isEqualTo("+4691012345");
		assertThat(PhoneNumber.parse("+358 40 123 4567").e164()).isEqualTo("+358401234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "123", "070-123", "+46 70 123 45 67 89 10" })
	void refusesWhatIsNotAPhoneNumber(String written) {
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse(written));
	}

	@Test
	void knowsTheLanguagesOfTheNorthIncludingSami() {
		assertThat(new LanguageCode("SV").code()).isEqualTo("sv");
		assertThat(new LanguageCode("sma").code()).isEqualTo("sma");
		assertThat(new LanguageCode("so").displayName(java.util.Locale.forLanguageTag("sv"))).isEqualTo("somaliska");
		assertThatIllegalArgumentException().isThrownBy(() -> new LanguageCode("xx"));
		assertThatIllegalArgumentException().isThrownBy(() -> new LanguageCode("swedish"));
	}

	@Test
	void anAddressFromItsPartsIsWholeOrNamesTheMissingPart() {
		assertThat(PostalAddress.fromParts("", " ", null)).isNull();
		assertThat(PostalAddress.fromParts("Storgatan 1", "SE-931 30", "Skellefteå").postcode()).isEqualTo("93130");
		assertThatThrownBy(() -> PostalAddress.fromParts("Storgatan 1", "", "Skellefteå"))
			.isInstanceOf(ProfileRejected.class)
			.extracting("field", "rule")
			.containsExactly("postcode", "AddressComplete");
		assertThatThrownBy(() -> PostalAddress.fromParts("Storgatan 1", "9313", "Skellefteå"))
			.isInstanceOf(ProfileRejected.class)
			.extracting("field", "rule")
			.containsExactly("postcode", "PostcodeFormat");
	}

	@Test
	void theDefaultContactChannelIsATextThenEmailThenALetter() {
		PostalAddress address = new PostalAddress("Storgatan 1", "931 30", "Skellefteå");
		PhoneNumber phone = PhoneNumber.parse("070-123 45 67");
		assertThat(ContactChannel.defaultFor(phone, "a@example.se", address)).isEqualTo(ContactChannel.SMS);
		assertThat(ContactChannel.defaultFor(null, "a@example.se", address)).isEqualTo(ContactChannel.EMAIL);
		assertThat(ContactChannel.defaultFor(null, " ", address)).isEqualTo(ContactChannel.POST);
		assertThat(ContactChannel.defaultFor(null, null, null)).isNull();
	}

	@Test
	void normalisesAPostcode() {
		assertThat(new PostalAddress("Storgatan 1", "931 30", "Skellefteå").postcode()).isEqualTo("93130");
		assertThatIllegalArgumentException().isThrownBy(() -> new PostalAddress("Storgatan 1", "9313", "Skellefteå"));
	}

	@Test
	void aPersonReachedBySmsNeedsAPhoneNumber() {
		Profile valid = Profiles.senior("Gunnel", "Lund");
		assertThatThrownBy(() -> new Profile("Gunnel", "Lund", 1942, Gender.WOMAN, null, null, null, ContactChannel.SMS,
				valid.languages(), Set.of(), List.of(), valid.availability(), Set.of(), false, Set.of(), Set.of(), null,
				null, 1, null, null))
			.isInstanceOf(ProfileRejected.class)
			.extracting("field", "rule")
			.containsExactly("phone", "ChannelNeedsPhone");
	}

	@Test
	void aPersonReachedThroughVenueStaffNeedsAVenue() {
		Profile valid = Profiles.senior("Gunnel", "Lund");
		assertThatThrownBy(() -> new Profile("Gunnel", "Lund", 1942, Gender.WOMAN, null, null, null,
				ContactChannel.VIA_VENUE_STAFF, valid.languages(), Set.of(), List.of(), valid.availability(), Set.of(),
				false, Set.of(), Set.of(), null, null, 1, null, null))
			.isInstanceOf(ProfileRejected.class)
			.extracting("field")
			.isEqualTo("venues");
	}

	@Test
	void everyoneSpeaksAtLeastOneLanguageAndTheFirstIsTheirFirst() {
		Profile valid = Profiles.senior("Gunnel", "Lund");
		assertThat(valid.firstLanguage().code()).isEqualTo("sv");
		assertThatThrownBy(() -> new Profile("Gunnel", "Lund", 1942, Gender.WOMAN, valid.phone(), null, null,
				ContactChannel.SMS, List.of(), Set.of(), List.of(), valid.availability(), Set.of(), false, Set.of(),
				Set.of(), null, null, 1, null, null))
			.isInstanceOf(ProfileRejected.class)
			.extracting("field")
			.isEqualTo("languages");
	}

	@Test
	void aMentorTakesOneToTenSeniors() {
		Profile valid = Profiles.mentor("Ali", "Hassan", 2009);
		assertThatThrownBy(() -> new Profile("Ali", "Hassan", 2009, Gender.MAN, valid.phone(), valid.email(), null,
				ContactChannel.EMAIL, valid.languages(), Set.of(), List.of(), valid.availability(), Set.of(), false,
				Set.of(), Set.of(), null, null, 11, null, null))
			.isInstanceOf(ProfileRejected.class)
			.extracting("field")
			.isEqualTo("capacity");
	}

}
