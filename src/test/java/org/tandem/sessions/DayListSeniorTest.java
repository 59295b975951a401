package org.tandem.sessions;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.tandem.people.ContactChannel;
import org.tandem.people.ContactDetails;
import org.tandem.people.LanguageCode;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PhoneNumber;
import org.tandem.sessions.DayList.Senior;
import org.tandem.sessions.DayList.Told;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who venue staff tell in person: everyone a message cannot reach (a phone call, a
 * letter, the venue's staff, or no usable number or address for the channel chosen). Only
 * those who chose a phone call have their number on the list.
 */
class DayListSeniorTest {

	static final PhoneNumber PHONE = PhoneNumber.parse("070-123 45 67");

	static Senior senior(ContactChannel channel, @Nullable PhoneNumber phone, @Nullable String email) {
		PersonId id = new PersonId(UUID.randomUUID());
		return DayLists.senior(id, new ContactDetails(id, PersonKind.SENIOR, "Astrid", "Berg", channel, phone, email,
				List.of(new LanguageCode("sv"))));
	}

	@Test
	void aSeniorWithAPhoneForTextsIsReachedBySmsAndTheirNumberStaysOff() {
		Senior senior = senior(ContactChannel.SMS, PHONE, "astrid@example.org");

		assertThat(senior.told()).isEqualTo(Told.SMS);
		assertThat(senior.tellInPerson()).isFalse();
		assertThat(senior.phone()).isNull();
		assertThat(senior.name()).isEqualTo("Astrid Berg");
	}

	@Test
	void aSeniorWithAnAddressForEmailIsReachedByEmail() {
		assertThat(senior(ContactChannel.EMAIL, PHONE, "astrid@example.org").told()).isEqualTo(Told.EMAIL);
	}

	@Test
	void aSeniorWhoChoseAPhoneCallIsToldInPersonAndMayBeCalled() {
		Senior senior = senior(ContactChannel.PHONE, PHONE, "astrid@example.org");

		assertThat(senior.told()).isEqualTo(Told.IN_PERSON);
		assertThat(senior.phone()).isEqualTo(PHONE);
	}

	@Test
	void aSeniorByPostOrThroughTheVenueIsToldInPersonWithoutANumber() {
		for (ContactChannel channel : List.of(ContactChannel.POST, ContactChannel.VIA_VENUE_STAFF)) {
			Senior senior = senior(channel, PHONE, "astrid@example.org");

			assertThat(senior.told()).as(channel.name()).isEqualTo(Told.IN_PERSON);
			assertThat(senior.phone()).as(channel.name()).isNull();
		}
	}

	@Test
	void aSeniorWithNoUsableNumberOrAddressForTheirChannelIsToldInPerson() {
		assertThat(senior(ContactChannel.SMS, null, "astrid@example.org").told()).isEqualTo(Told.IN_PERSON);
		assertThat(senior(ContactChannel.EMAIL, PHONE, "astrid at example").told()).isEqualTo(Told.IN_PERSON);
		assertThat(senior(ContactChannel.EMAIL, PHONE, null).told()).isEqualTo(Told.IN_PERSON);
	}

	@Test
	void aSeniorNoLongerInTheRegistryIsToldInPerson() {
		Senior senior = DayLists.senior(new PersonId(UUID.randomUUID()), null);

		assertThat(senior.told()).isEqualTo(Told.IN_PERSON);
		assertThat(senior.name()).isEqualTo("?");
	}

	@Test
	void aSeniorOnTheListNeverShowsTheirNameInALogLine() {
		assertThat(senior(ContactChannel.PHONE, PHONE, null).toString()).doesNotContain("Astrid", "Berg", "070", "+46");
	}

}
