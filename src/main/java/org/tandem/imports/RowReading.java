package org.tandem.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.system.RuleViolated;

/**
 * One row of a file being read, whatever the file lists: its cells by field, and the
 * problems found in it, each with the row's line, the file's column and the field, so
 * that a coordinator can find and correct it.
 */
final class RowReading {

	/** The longest text each field's column in the registry holds. */
	private static final Map<ImportField, Integer> MAX_LENGTH = Map.ofEntries(Map.entry(ImportField.FIRST_NAME, 100),
			Map.entry(ImportField.LAST_NAME, 100), Map.entry(ImportField.EMAIL, 320),
			Map.entry(ImportField.STREET, 200), Map.entry(ImportField.CITY, 100), Map.entry(ImportField.SCHOOL, 200),
			Map.entry(ImportField.SCHOOL_CLASS, 50), Map.entry(ImportField.NOTES, 2000),
			Map.entry(ImportField.NAME, 200), Map.entry(ImportField.MUNICIPALITY, 100),
			Map.entry(ImportField.PHONE, 40), Map.entry(ImportField.MEETING_LINK, 500),
			Map.entry(ImportField.ROOM_NAME, 100));

	private final List<String> headers;

	private final ColumnMapping mapping;

	private final Table.Row row;

	private final List<RowError> errors = new ArrayList<>();

	RowReading(List<String> headers, ColumnMapping mapping, Table.Row row) {
		this.headers = headers;
		this.mapping = mapping;
		this.row = row;
	}

	/** The problems found so far, in the order found. */
	List<RowError> errors() {
		return this.errors;
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	boolean maps(ImportField field) {
		return this.mapping.maps(field);
	}

	/**
	 * A text field's value without surrounding spaces, refused if longer than the
	 * registry holds.
	 */
	String text(ImportField field) {
		String value = raw(field).strip();
		Integer max = MAX_LENGTH.get(field);
		if (max != null && value.length() > max) {
			error(field, "TooLong", String.valueOf(max));
		}
		return value;
	}

	/** The cell of a field as the file has it; empty if no column fills the field. */
	String raw(ImportField field) {
		int column = this.mapping.columnOf(field);
		return (column < 0) ? "" : this.row.cell(column);
	}

	/** The first column that fills one of these fields, if any does. */
	@Nullable ImportField firstMapped(List<ImportField> fields) {
		return fields.stream().filter(this::maps).findFirst().orElse(null);
	}

	/** A problem with a field's value, explained by {@code imports.rule.<rule>}. */
	void error(ImportField field, String rule, String... arguments) {
		report(field, rule, "imports.rule." + rule, List.of(arguments), blankToNull(raw(field)));
	}

	/**
	 * A problem explained by another module's message: the registry names the rule the
	 * same way.
	 */
	void report(@Nullable ImportField field, String rule, String messageKey, List<String> arguments,
			@Nullable String value) {
		this.errors.add(new RowError(this.row.line(), header(field), field, rule, messageKey, arguments, value));
	}

	/**
	 * A rule the registry's own value objects or rules found broken, on the field it
	 * names.
	 */
	void broken(RuleViolated broken) {
		ImportField field = ImportField.forProperty(broken.field());
		report(field, broken.rule(), broken.messageKey(),
				Arrays.stream(broken.arguments()).map(String::valueOf).toList(),
				(field != null) ? blankToNull(raw(field)) : null);
	}

	private @Nullable String header(@Nullable ImportField field) {
		int column = (field != null) ? this.mapping.columnOf(field) : -1;
		return (column >= 0 && column < this.headers.size()) ? this.headers.get(column) : null;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
