package org.tandem.imports;

import java.time.Year;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.tandem.curriculum.Device;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.KnownContacts;
import org.tandem.people.LanguageCode;
import org.tandem.people.Profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every row checked by the registry's rules, with the exact problem a coordinator sees:
 * the line, the column, the field and the rule; and the values Swedish lists hold, read
 * as Tandem means them.
 */
class RowChecksTest {

	static final Consumer<Profile> NO_EXTRA_RULES = (profile) -> {
	};

	static Table csv(String text) {
		return TableReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static RowChecks.Checked<Profile> check(Table table, ImportKind kind) {
		return RowChecks.check(table, ColumnMapping.propose(table.headers(), kind),
				new PersonRows(NO_EXTRA_RULES, KnownContacts.none()));
	}

	@Test
	void readsTheMessySeniorListAndReportsItsOneBadRow() {
		RowChecks.Checked<Profile> checked = check(TableReader.read(TableReaderTest.resource("seniors-utf8-bom.csv")),
				ImportKind.SENIOR);

		assertThat(checked.rows()).isEqualTo(4);
		assertThat(checked.errors())
			.extracting(RowError::line, RowError::column, RowError::field, RowError::rule, RowError::value)
			.containsExactly(tuple(5, "Födelseår", ImportField.YEAR_OF_BIRTH, "YearOfBirthUnreadable", "19xx"));
		Profile asa = checked.accepted().get(0);
		assertThat(asa.phone().e164()).isEqualTo("+46701234567");
		assertThat(asa.contactChannel()).isEqualTo(ContactChannel.SMS);
		assertThat(asa.languages()).containsExactly(new LanguageCode("sv"), new LanguageCode("fi"));
		assertThat(asa.address().postcode()).isEqualTo("93130");
		assertThat(asa.gender()).isEqualTo(Gender.WOMAN);
		Profile goran = checked.accepted().get(1);
		assertThat(goran.phone().e164()).isEqualTo("+46702345678");
		assertThat(goran.languages()).containsExactly(new LanguageCode("sv"), new LanguageCode("ar"));
		assertThat(goran.notes()).isEqualTo("Vill lära sig Swish;\noch BankID");
		Profile osten = checked.accepted().get(2);
		assertThat(osten.contactChannel()).isEqualTo(ContactChannel.POST);
		assertThat(osten.languages()).containsExactly(new LanguageCode("fit"));
	}

	@Test
	void readsMentorsFromACommaSeparatedEnglishList() {
		RowChecks.Checked<Profile> checked = check(TableReader.read(TableReaderTest.resource("mentors-utf8.csv")),
				ImportKind.MENTOR);

		assertThat(checked.errors()).isEmpty();
		assertThat(checked.accepted()).extracting(Profile::firstName, Profile::schoolClass, Profile::contactChannel)
			.containsExactly(tuple("Elias", "9B", ContactChannel.SMS), tuple("Sara", "NA1b", ContactChannel.SMS),
					tuple("Amir", "9B", ContactChannel.SMS));
		assertThat(checked.accepted().get(1).school()).isEqualTo("Anderstorpsgymnasiet,\nSkellefteå");
		assertThat(checked.accepted().get(1).languages()).containsExactly(new LanguageCode("sv"),
				new LanguageCode("so"));
		assertThat(checked.accepted().get(2).languages()).containsExactly(new LanguageCode("ar"),
				new LanguageCode("sv"));
	}

	@Test
	void readsAWorkbookWithAYearTypedAsANumberAndADateOfBirth() {
		RowChecks.Checked<Profile> checked = check(TableReader.read(TableReaderTest.workbook()), ImportKind.MENTOR);

		assertThat(checked.errors()).isEmpty();
		assertThat(checked.accepted()).extracting(Profile::yearOfBirth).containsExactly(2009, 2010);
		assertThat(checked.accepted().get(0).languages()).containsExactly(new LanguageCode("sv"),
				new LanguageCode("en"));
	}

	@Test
	void listsEveryProblemOfARowNotJustTheFirst() {
		Table table = csv("""
				Förnamn;Efternamn;Födelseår;Telefon;E-post;Språk;Enheter;Kön;Kontaktsätt
				;Ek;1940;070-12;bertil(at)example.se;svenska, klingonska;iPhone, faxmaskin;okänt;duva
				""");

		RowChecks.Checked<Profile> checked = check(table, ImportKind.SENIOR);

		assertThat(checked.errors()).extracting(RowError::line, RowError::field, RowError::rule)
			.containsExactly(tuple(2, ImportField.FIRST_NAME, "NameRequired"),
					tuple(2, ImportField.PHONE, "PhoneUnreadable"), tuple(2, ImportField.EMAIL, "EmailUnreadable"),
					tuple(2, ImportField.CONTACT_CHANNEL, "ContactChannelUnknown"),
					tuple(2, ImportField.LANGUAGES, "LanguageUnknown"), tuple(2, ImportField.DEVICES, "DeviceUnknown"),
					tuple(2, ImportField.GENDER, "GenderUnknown"));
		assertThat(checked.errors().get(4).arguments()).containsExactly("klingonska");
		assertThat(checked.errors().get(5).arguments()).containsExactly("faxmaskin");
		assertThat(checked.rowsWithErrors()).isEqualTo(1);
	}

	@Test
	void appliesTheRegistrysOwnRulesToEachRow() {
		int thisYear = Year.now().getValue();
		Table table = csv("""
				Förnamn;Efternamn;Födelseår;Telefon;E-post;Kontaktsätt;Adress;Postnummer;Ort
				Åsa;Öberg;1850;070-123 45 67;;;;;
				Bo;Ek;1940;;;e-post;;;
				Cecilia;Ceder;1941;;;;Storgatan 1;;Skellefteå
				Dan;Dahl;1942;;;;;;
				Eva;Ek;%d;070-765 43 21;;;;;
				""".formatted(thisYear - 10));
		Consumer<Profile> mentorsAreThirteen = (profile) -> {
			if (thisYear - profile.yearOfBirth() < 13) {
				throw new ImportRefused("yearOfBirth", "MentorAgeMinimum", 13);
			}
		};

		RowChecks.Checked<Profile> checked = RowChecks.check(table,
				ColumnMapping.propose(table.headers(), ImportKind.MENTOR),
				new PersonRows(mentorsAreThirteen, KnownContacts.none()));

		assertThat(checked.errors()).extracting(RowError::line, RowError::column, RowError::rule, RowError::messageKey)
			.containsExactly(tuple(2, "Födelseår", "YearOfBirthPlausible", "people.rule.YearOfBirthPlausible"),
					tuple(3, "E-post", "ChannelNeedsEmail", "people.rule.ChannelNeedsEmail"),
					tuple(4, "Postnummer", "AddressComplete", "people.rule.AddressComplete"),
					tuple(5, "Telefon", "ContactRequired", "imports.rule.ContactRequired"),
					tuple(6, "Födelseår", "MentorAgeMinimum", "imports.refused.MentorAgeMinimum"));
		assertThat(checked.errors().get(4).arguments()).containsExactly("13");
		assertThat(checked.accepted()).isEmpty();
	}

	@Test
	void skipsPeopleTheRegistryHasAndRepeatsWithinTheFile() {
		Table table = csv("""
				Förnamn,Efternamn,Födelseår,Mobil,E-post,Adress,Postnummer,Ort
				Åsa,Öberg,1941,070-123 45 67,,,,
				Åsa,Öberg,1941,+46 70 123 45 67,,,,
				Bo,Ek,1940,,BO@example.se,,,
				Cecilia,Ceder,1941,,,Storgatan 1,931 30,Skellefteå
				Cecilia,Ceder,1941,,,Storgatan 1,931 30,Skellefteå
				""");
		KnownContacts known = KnownContacts.none();
		RowChecks.Checked<Profile> already = check(
				csv("Förnamn,Efternamn,Födelseår,E-post\nBosse,Ek,1940,bo@example.se"), ImportKind.SENIOR);
		already.accepted().forEach(known::add);

		RowChecks.Checked<Profile> checked = RowChecks.check(table,
				ColumnMapping.propose(table.headers(), ImportKind.SENIOR), new PersonRows(NO_EXTRA_RULES, known));

		assertThat(checked.errors()).isEmpty();
		assertThat(checked.duplicates()).isEqualTo(3);
		assertThat(checked.accepted()).extracting(Profile::firstName).containsExactly("Åsa", "Cecilia");
	}

	@Test
	void readsSwedishAndEnglishValuesForEveryChoice() {
		Table table = csv("""
				First name;Last name;Year of birth;Email;Devices;Needs;Home visits;Gender;Contact;Capacity;Kontaktsätt
				Ali;Hassan;1990-03-05;ali@example.se;Android-telefon / iPad;Hörsel, minne;ja;Man;;3;mejl
				""");

		RowChecks.Checked<Profile> checked = check(table, ImportKind.MENTOR);

		assertThat(checked.errors()).isEmpty();
		Profile ali = checked.accepted().get(0);
		assertThat(ali.yearOfBirth()).isEqualTo(1990);
		assertThat(ali.devices()).containsExactlyInAnyOrder(Device.ANDROID_PHONE, Device.IPAD);
		assertThat(ali.accessibilityNeeds()).containsExactlyInAnyOrder(AccessibilityNeed.HEARING,
				AccessibilityNeed.MEMORY);
		assertThat(ali.homeVisits()).isTrue();
		assertThat(ali.gender()).isEqualTo(Gender.MAN);
		assertThat(ali.capacity()).isEqualTo(3);
		assertThat(ali.contactChannel()).isEqualTo(ContactChannel.EMAIL);
		assertThat(ali.languages()).containsExactly(PersonRows.DEFAULT_LANGUAGE);
	}

	@Test
	void recognisesColumnNamesInEitherLanguageAndAnyCase() {
		assertThat(
				ColumnMapping
					.propose(
							List.of("FÖRNAMN", "efternamn", "Födelseår", "Mobilnummer", "Epost", "E-mail",
									"Year of birth", "Klass", "Skola", "Postnr", "ORT", "Språk", "okänd"),
							ImportKind.MENTOR)
					.fields())
			.containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.YEAR_OF_BIRTH,
					ImportField.PHONE, ImportField.EMAIL, null, null, ImportField.SCHOOL_CLASS, ImportField.SCHOOL,
					ImportField.POSTCODE, ImportField.CITY, ImportField.LANGUAGES, null);
		assertThat(ImportField.forHeader("Fodelsear", ImportKind.SENIOR)).isEqualTo(ImportField.YEAR_OF_BIRTH);
		assertThat(ImportField.forHeader("First Name", ImportKind.SENIOR)).isEqualTo(ImportField.FIRST_NAME);
		assertThat(ImportField.forHeader("Telefon", ImportKind.SENIOR)).isEqualTo(ImportField.PHONE);
		assertThat(ImportField.forHeader("Mobil", ImportKind.SENIOR)).isEqualTo(ImportField.PHONE);
	}

}
