package org.tandem.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which profile field each column of a file fills: one entry per column, none for a
 * column to leave out, no field twice.
 *
 * @param fields the field of each column, in the file's order
 */
public record ColumnMapping(List<@Nullable ImportField> fields) {

	private static final List<ImportField> ADDRESS = List.of(ImportField.STREET, ImportField.POSTCODE,
			ImportField.CITY);

	public ColumnMapping {
		fields = Collections.unmodifiableList(new ArrayList<>(fields));
		Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
		for (ImportField field : fields) {
			if (field != null && !seen.add(field)) {
				throw new ImportRefused("mapping", "FieldTwice", field.name());
			}
		}
	}

	/**
	 * What Tandem proposes for these column names: each recognised name its field, the
	 * first column winning if two name the same field.
	 */
	public static ColumnMapping propose(List<String> headers) {
		List<@Nullable ImportField> fields = new ArrayList<>();
		Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
		for (String header : headers) {
			ImportField field = ImportField.forHeader(header);
			fields.add((field != null && taken.add(field)) ? field : null);
		}
		return new ColumnMapping(fields);
	}

	/** The column that fills a field, or -1. */
	public int columnOf(ImportField field) {
		return this.fields.indexOf(field);
	}

	public boolean maps(ImportField field) {
		return this.fields.contains(field);
	}

	/**
	 * What the file still needs a column for: each required field, and a way to reach
	 * people (a phone, e-mail or address column), named {@code CONTACT}, and the rest of
	 * an address when only part of one has a column, named {@code ADDRESS}.
	 */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		for (ImportField field : ImportField.REQUIRED) {
			if (!maps(field)) {
				missing.add(field.name());
			}
		}
		if (ImportField.CONTACT.stream().noneMatch(this::maps)) {
			missing.add("CONTACT");
		}
		long addressParts = ADDRESS.stream().filter(this::maps).count();
		if (addressParts > 0 && addressParts < ADDRESS.size()) {
			// A town alone is common in senior lists, but it is no address: say so once,
			// not on every row.
			missing.add("ADDRESS");
		}
		return missing;
	}

	/**
	 * Whether any column fills a required field: if none does, it is not a list of
	 * people.
	 */
	boolean mapsAnyRequired() {
		return ImportField.REQUIRED.stream().anyMatch(this::maps);
	}

	/** As stored: field names separated by commas, an empty entry for no field. */
	String encode() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.fields.size(); i++) {
			text.append((i > 0) ? "," : "").append((this.fields.get(i) != null) ? this.fields.get(i).name() : "");
		}
		return text.toString();
	}

	static ColumnMapping decode(String text, int columns) {
		List<@Nullable ImportField> fields = new ArrayList<>();
		String[] names = text.split(",", -1);
		for (int i = 0; i < columns; i++) {
			fields.add((i < names.length && !names[i].isEmpty()) ? ImportField.valueOf(names[i]) : null);
		}
		return new ColumnMapping(fields);
	}

}
