package org.tandem.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.KnownContacts;
import org.tandem.people.LanguageCode;
import org.tandem.people.PhoneNumber;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;
import org.tandem.system.RuleViolated;
import org.tandem.system.WeeklyTimes;

/**
 * Reads a row of a list of mentors or seniors as a {@link Profile}. A row's cells are
 * read first, each problem reported on its own, and only a row whose cells all read well
 * is checked as a whole profile, by the registry's own rules. A person the registry
 * already has (by phone, e-mail, or name and year of birth) is a duplicate.
 */
final class PersonRows implements RowReader<Profile> {

	/** Used when a file has no language column, or a row leaves it empty. */
	static final LanguageCode DEFAULT_LANGUAGE = new LanguageCode("sv");

	private final Consumer<Profile> rules;

	private final KnownContacts known;

	/**
	 * @param rules the registry's rules for the kind of person, which throw a
	 * {@link RuleViolated} for a profile they refuse
	 * @param known the people of that kind the registry has
	 */
	PersonRows(Consumer<Profile> rules, KnownContacts known) {
		this.rules = rules;
		this.known = known;
	}

	@Override
	public @Nullable Profile read(RowReading row) {
		String firstName = row.text(ImportField.FIRST_NAME);
		String lastName = row.text(ImportField.LAST_NAME);
		if (row.maps(ImportField.FIRST_NAME) && firstName.isEmpty()) {
			nameRequired(row, ImportField.FIRST_NAME);
		}
		if (row.maps(ImportField.LAST_NAME) && lastName.isEmpty()) {
			nameRequired(row, ImportField.LAST_NAME);
		}
		Integer year = year(row);
		PhoneNumber phone = phone(row);
		String email = email(row);
		PostalAddress address = address(row);
		ContactChannel channel = channel(row, phone, email, address);
		List<LanguageCode> languages = languages(row);
		Set<Device> devices = devices(row);
		Set<AccessibilityNeed> needs = needs(row);
		Gender gender = gender(row);
		boolean homeVisits = homeVisits(row);
		Integer capacity = capacity(row);
		String school = row.text(ImportField.SCHOOL);
		String schoolClass = row.text(ImportField.SCHOOL_CLASS);
		String notes = row.text(ImportField.NOTES);
		if (row.hasErrors() || year == null || channel == null || capacity == null || !row.maps(ImportField.FIRST_NAME)
				|| !row.maps(ImportField.LAST_NAME)) {
			return null;
		}
		try {
			Profile profile = new Profile(firstName, lastName, year, gender, phone, email, address, channel, languages,
					devices, List.of(), WeeklyTimes.of(), Set.of(), homeVisits, needs, Set.of(), school, schoolClass,
					capacity, null, notes);
			this.rules.accept(profile);
			return profile;
		}
		catch (RuleViolated broken) {
			row.broken(broken);
			return null;
		}
	}

	@Override
	public boolean isDuplicate(Profile profile) {
		if (this.known.includes(profile)) {
			return true;
		}
		this.known.add(profile);
		return false;
	}

	private static @Nullable Integer year(RowReading row) {
		if (!row.maps(ImportField.YEAR_OF_BIRTH)) {
			return null;
		}
		String value = row.raw(ImportField.YEAR_OF_BIRTH);
		if (value.isBlank()) {
			row.error(ImportField.YEAR_OF_BIRTH, "YearOfBirthRequired");
			return null;
		}
		return CellValues.yearOfBirth(value).orElseGet(() -> {
			row.error(ImportField.YEAR_OF_BIRTH, "YearOfBirthUnreadable");
			return null;
		});
	}

	private static @Nullable PhoneNumber phone(RowReading row) {
		String value = row.raw(ImportField.PHONE);
		if (value.isBlank()) {
			return null;
		}
		try {
			return PhoneNumber.parse(value);
		}
		catch (IllegalArgumentException unreadable) {
			row.error(ImportField.PHONE, "PhoneUnreadable");
			return null;
		}
	}

	private static @Nullable String email(RowReading row) {
		String value = row.text(ImportField.EMAIL);
		if (value.isEmpty()) {
			return null;
		}
		if (!CellValues.isEmail(value)) {
			row.error(ImportField.EMAIL, "EmailUnreadable");
			return null;
		}
		return value;
	}

	private static @Nullable PostalAddress address(RowReading row) {
		try {
			return PostalAddress.fromParts(row.raw(ImportField.STREET), row.raw(ImportField.POSTCODE),
					row.raw(ImportField.CITY));
		}
		catch (RuleViolated broken) {
			row.broken(broken);
			return null;
		}
	}

	private static @Nullable ContactChannel channel(RowReading row, @Nullable PhoneNumber phone, @Nullable String email,
			@Nullable PostalAddress address) {
		String value = row.raw(ImportField.CONTACT_CHANNEL);
		if (!value.isBlank()) {
			return CellValues.channel(value).orElseGet(() -> {
				row.error(ImportField.CONTACT_CHANNEL, "ContactChannelUnknown");
				return null;
			});
		}
		ContactChannel channel = ContactChannel.defaultFor(phone, email, address);
		if (channel == null && !row.hasErrors()) {
			row.report(row.firstMapped(ImportField.CONTACT), "ContactRequired", "imports.rule.ContactRequired",
					List.of(), null);
		}
		return channel;
	}

	private static List<LanguageCode> languages(RowReading row) {
		String value = row.raw(ImportField.LANGUAGES);
		if (value.isBlank()) {
			return List.of(DEFAULT_LANGUAGE);
		}
		CellValues.Languages languages = CellValues.languages(value);
		if (!languages.unknown().isEmpty()) {
			row.error(ImportField.LANGUAGES, "LanguageUnknown", languages.unknown().get(0));
		}
		return languages.codes().isEmpty() ? List.of(DEFAULT_LANGUAGE) : languages.codes();
	}

	private static Set<Device> devices(RowReading row) {
		CellValues.Parts<Device> devices = CellValues.devices(row.raw(ImportField.DEVICES));
		if (!devices.unknown().isEmpty()) {
			row.error(ImportField.DEVICES, "DeviceUnknown", devices.unknown().get(0));
		}
		return devices.values().isEmpty() ? EnumSet.noneOf(Device.class) : EnumSet.copyOf(devices.values());
	}

	private static Set<AccessibilityNeed> needs(RowReading row) {
		CellValues.Parts<AccessibilityNeed> needs = CellValues.needs(row.raw(ImportField.ACCESSIBILITY_NEEDS));
		if (!needs.unknown().isEmpty()) {
			row.error(ImportField.ACCESSIBILITY_NEEDS, "NeedUnknown", needs.unknown().get(0));
		}
		return needs.values().isEmpty() ? EnumSet.noneOf(AccessibilityNeed.class) : EnumSet.copyOf(needs.values());
	}

	private static Gender gender(RowReading row) {
		String value = row.raw(ImportField.GENDER);
		if (value.isBlank()) {
			return Gender.NOT_STATED;
		}
		return CellValues.gender(value).orElseGet(() -> {
			row.error(ImportField.GENDER, "GenderUnknown");
			return Gender.NOT_STATED;
		});
	}

	private static boolean homeVisits(RowReading row) {
		return CellValues.yesOrNo(row.raw(ImportField.HOME_VISITS)).orElseGet(() -> {
			row.error(ImportField.HOME_VISITS, "YesOrNo");
			return false;
		});
	}

	private static @Nullable Integer capacity(RowReading row) {
		String value = row.raw(ImportField.CAPACITY);
		if (value.isBlank()) {
			return 1;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException unreadable) {
			row.error(ImportField.CAPACITY, "NumberUnreadable");
			return null;
		}
	}

	/** A problem the registry itself names the same way. */
	private static void nameRequired(RowReading row, ImportField field) {
		row.report(field, "NameRequired", "people.rule.NameRequired", List.of(), null);
	}

}
