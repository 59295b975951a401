package org.tandem.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.KnownContacts;
import org.tandem.people.LanguageCode;
import org.tandem.people.PersonKind;
import org.tandem.people.PhoneNumber;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;
import org.tandem.system.RuleViolated;
import org.tandem.system.WeeklyTimes;

/**
 * Checks every row of a file with the registry's own rules and says, for each row, what
 * is wrong with it, or that the registry already has the person, or that it can be
 * imported. A row's cells are read first, each problem reported on its own, and only a
 * row whose cells all read well is checked as a whole {@link Profile}.
 */
final class RowChecks {

	/** Used when a file has no language column, or a row leaves it empty. */
	static final LanguageCode DEFAULT_LANGUAGE = new LanguageCode("sv");

	private static final Map<ImportField, Integer> MAX_LENGTH = Map.of(ImportField.FIRST_NAME, 100,
			ImportField.LAST_NAME, 100, ImportField.EMAIL, 320, ImportField.STREET, 200, ImportField.CITY, 100,
			ImportField.SCHOOL, 200, ImportField.SCHOOL_CLASS, 50, ImportField.NOTES, 2000);

	private RowChecks() {
	}

	/**
	 * The outcome of checking a whole file.
	 *
	 * @param rows the number of data rows
	 * @param errors every problem, in file order
	 * @param rowsWithErrors the number of rows with at least one problem
	 * @param duplicates rows the registry (or an earlier row) already has, to be skipped
	 * @param accepted the profiles to import
	 */
	record Checked(int rows, List<RowError> errors, int rowsWithErrors, int duplicates, List<Profile> accepted) {
	}

	static Checked check(Table table, ColumnMapping mapping, PersonKind kind, Consumer<Profile> rules,
			KnownContacts known) {
		List<RowError> errors = new ArrayList<>();
		List<Profile> accepted = new ArrayList<>();
		int rowsWithErrors = 0;
		int duplicates = 0;
		for (Table.Row row : table.rows()) {
			RowReading reading = new RowReading(table.headers(), mapping, row);
			Profile profile = reading.profile(kind, rules);
			if (!reading.errors.isEmpty()) {
				errors.addAll(reading.errors);
				rowsWithErrors++;
			}
			else if (profile != null && known.includes(profile)) {
				duplicates++;
			}
			else if (profile != null) {
				known.add(profile);
				accepted.add(profile);
			}
		}
		return new Checked(table.rows().size(), errors, rowsWithErrors, duplicates, accepted);
	}

	/** One row being read; collects its problems. */
	private static final class RowReading {

		private final List<String> headers;

		private final ColumnMapping mapping;

		private final Table.Row row;

		private final List<RowError> errors = new ArrayList<>();

		RowReading(List<String> headers, ColumnMapping mapping, Table.Row row) {
			this.headers = headers;
			this.mapping = mapping;
			this.row = row;
		}

		@Nullable Profile profile(PersonKind kind, Consumer<Profile> rules) {
			String firstName = text(ImportField.FIRST_NAME);
			String lastName = text(ImportField.LAST_NAME);
			if (this.mapping.maps(ImportField.FIRST_NAME) && firstName.isEmpty()) {
				people(ImportField.FIRST_NAME, "NameRequired");
			}
			if (this.mapping.maps(ImportField.LAST_NAME) && lastName.isEmpty()) {
				people(ImportField.LAST_NAME, "NameRequired");
			}
			Integer year = year();
			PhoneNumber phone = phone();
			String email = email();
			PostalAddress address = address();
			ContactChannel channel = channel(phone, email, address);
			List<LanguageCode> languages = languages();
			Set<Device> devices = devices();
			Set<AccessibilityNeed> needs = needs();
			Gender gender = gender();
			boolean homeVisits = homeVisits();
			Integer capacity = capacity();
			String school = text(ImportField.SCHOOL);
			String schoolClass = text(ImportField.SCHOOL_CLASS);
			String notes = text(ImportField.NOTES);
			if (!this.errors.isEmpty() || year == null || channel == null || capacity == null
					|| !this.mapping.maps(ImportField.FIRST_NAME) || !this.mapping.maps(ImportField.LAST_NAME)) {
				return null;
			}
			try {
				Profile profile = new Profile(firstName, lastName, year, gender, phone, email, address, channel,
						languages, devices, List.of(), WeeklyTimes.of(), Set.of(), homeVisits, needs, Set.of(), school,
						schoolClass, capacity, null, notes);
				rules.accept(profile);
				return profile;
			}
			catch (RuleViolated broken) {
				ImportField field = ImportField.forProperty(broken.field());
				this.errors.add(new RowError(this.row.line(), header(field), field, broken.rule(), broken.messageKey(),
						Arrays.stream(broken.arguments()).map(String::valueOf).toList(),
						(field != null) ? blankToNull(raw(field)) : null));
				return null;
			}
		}

		private @Nullable Integer year() {
			if (!this.mapping.maps(ImportField.YEAR_OF_BIRTH)) {
				return null;
			}
			String value = raw(ImportField.YEAR_OF_BIRTH);
			if (value.isBlank()) {
				error(ImportField.YEAR_OF_BIRTH, "YearOfBirthRequired");
				return null;
			}
			return CellValues.yearOfBirth(value).orElseGet(() -> {
				error(ImportField.YEAR_OF_BIRTH, "YearOfBirthUnreadable");
				return null;
			});
		}

		private @Nullable PhoneNumber phone() {
			String value = raw(ImportField.PHONE);
			if (value.isBlank()) {
				return null;
			}
			try {
				return PhoneNumber.parse(value);
			}
			catch (IllegalArgumentException unreadable) {
				error(ImportField.PHONE, "PhoneUnreadable");
				return null;
			}
		}

		private @Nullable String email() {
			String value = text(ImportField.EMAIL);
			if (value.isEmpty()) {
				return null;
			}
			if (!CellValues.isEmail(value)) {
				error(ImportField.EMAIL, "EmailUnreadable");
				return null;
			}
			return value;
		}

		private @Nullable PostalAddress address() {
			try {
				return PostalAddress.fromParts(raw(ImportField.STREET), raw(ImportField.POSTCODE),
						raw(ImportField.CITY));
			}
			catch (RuleViolated broken) {
				ImportField field = ImportField.forProperty(broken.field());
				this.errors.add(new RowError(this.row.line(), header(field), field, broken.rule(), broken.messageKey(),
						List.of(), (field != null) ? blankToNull(raw(field)) : null));
				return null;
			}
		}

		private @Nullable ContactChannel channel(@Nullable PhoneNumber phone, @Nullable String email,
				@Nullable PostalAddress address) {
			String value = raw(ImportField.CONTACT_CHANNEL);
			if (!value.isBlank()) {
				return CellValues.channel(value).orElseGet(() -> {
					error(ImportField.CONTACT_CHANNEL, "ContactChannelUnknown");
					return null;
				});
			}
			ContactChannel channel = ContactChannel.defaultFor(phone, email, address);
			if (channel == null && this.errors.isEmpty()) {
				ImportField field = ImportField.CONTACT.stream().filter(this.mapping::maps).findFirst().orElse(null);
				this.errors.add(new RowError(this.row.line(), header(field), field, "ContactRequired",
						"imports.rule.ContactRequired", List.of(), null));
			}
			return channel;
		}

		private List<LanguageCode> languages() {
			String value = raw(ImportField.LANGUAGES);
			if (value.isBlank()) {
				return List.of(DEFAULT_LANGUAGE);
			}
			CellValues.Languages languages = CellValues.languages(value);
			if (!languages.unknown().isEmpty()) {
				error(ImportField.LANGUAGES, "LanguageUnknown", languages.unknown().get(0));
			}
			return languages.codes().isEmpty() ? List.of(DEFAULT_LANGUAGE) : languages.codes();
		}

		private Set<Device> devices() {
			CellValues.Parts<Device> devices = CellValues.devices(raw(ImportField.DEVICES));
			if (!devices.unknown().isEmpty()) {
				error(ImportField.DEVICES, "DeviceUnknown", devices.unknown().get(0));
			}
			return devices.values().isEmpty() ? EnumSet.noneOf(Device.class) : EnumSet.copyOf(devices.values());
		}

		private Set<AccessibilityNeed> needs() {
			CellValues.Parts<AccessibilityNeed> needs = CellValues.needs(raw(ImportField.ACCESSIBILITY_NEEDS));
			if (!needs.unknown().isEmpty()) {
				error(ImportField.ACCESSIBILITY_NEEDS, "NeedUnknown", needs.unknown().get(0));
			}
			return needs.values().isEmpty() ? EnumSet.noneOf(AccessibilityNeed.class) : EnumSet.copyOf(needs.values());
		}

		private Gender gender() {
			String value = raw(ImportField.GENDER);
			if (value.isBlank()) {
				return Gender.NOT_STATED;
			}
			return CellValues.gender(value).orElseGet(() -> {
				error(ImportField.GENDER, "GenderUnknown");
				return Gender.NOT_STATED;
			});
		}

		private boolean homeVisits() {
			return CellValues.yesOrNo(raw(ImportField.HOME_VISITS)).orElseGet(() -> {
				error(ImportField.HOME_VISITS, "YesOrNo");
				return false;
			});
		}

		private @Nullable Integer capacity() {
			String value = raw(ImportField.CAPACITY);
			if (value.isBlank()) {
				return 1;
			}
			try {
				return Integer.valueOf(value.strip());
			}
			catch (NumberFormatException unreadable) {
				error(ImportField.CAPACITY, "NumberUnreadable");
				return null;
			}
		}

		/** A text field's value, refused if longer than its column in the registry. */
		private String text(ImportField field) {
			String value = raw(field).strip();
			Integer max = MAX_LENGTH.get(field);
			if (max != null && value.length() > max) {
				error(field, "TooLong", String.valueOf(max));
			}
			return value;
		}

		private String raw(ImportField field) {
			int column = this.mapping.columnOf(field);
			return (column < 0) ? "" : this.row.cell(column);
		}

		private @Nullable String header(@Nullable ImportField field) {
			int column = (field != null) ? this.mapping.columnOf(field) : -1;
			return (column >= 0 && column < this.headers.size()) ? this.headers.get(column) : null;
		}

		private void error(ImportField field, String rule, String... arguments) {
			this.errors.add(new RowError(this.row.line(), header(field), field, rule, "imports.rule." + rule,
					List.of(arguments), blankToNull(raw(field))));
		}

		/** A problem the registry itself names the same way. */
		private void people(ImportField field, String rule) {
			this.errors
				.add(new RowError(this.row.line(), header(field), field, rule, "people.rule." + rule, List.of(), null));
		}

		private static @Nullable String blankToNull(String value) {
			return value.isBlank() ? null : value.strip();
		}

	}

}
