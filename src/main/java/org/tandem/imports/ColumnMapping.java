package org.tandem.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which field each column of a file fills: one entry per column, none for a column to
 * leave out, no field twice.
 *
 * @param fields the field of each column, in the file's order
 */
public record ColumnMapping(List<@Nullable ImportField> fields) {

	private static final List<ImportField> ADDRESS = List.of(ImportField.STREET, ImportField.POSTCODE,
			ImportField.CITY);

	private static final List<ImportField> VENUE_ADDRESS = List.of(ImportField.STREET, ImportField.POSTCODE,
			ImportField.CITY, ImportField.MUNICIPALITY);

	private static final List<ImportField> COORDINATES = List.of(ImportField.LATITUDE, ImportField.LONGITUDE);

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
	 * What Tandem proposes for these column names in this kind of list: each recognised
	 * name its field, the first column winning if two name the same field.
	 */
	public static ColumnMapping propose(List<String> headers, ImportKind kind) {
		List<@Nullable ImportField> fields = new ArrayList<>();
		Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
		for (String header : headers) {
			ImportField field = ImportField.forHeader(header, kind);
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

	/** Whether every field it names is one this kind of list has. */
	public boolean fits(ImportKind kind) {
		return this.fields.stream().allMatch((field) -> field == null || kind.fields().contains(field));
	}

	/**
	 * What the file still needs a column for: each required field, and the rest of a
	 * group of fields that only make sense together when part of one has a column. A list
	 * of people also needs a way to reach them (a phone, e-mail or address column), named
	 * {@code CONTACT}, and all of an address or none, named {@code ADDRESS}. A list of
	 * venues needs all of an address or none ({@code VENUE_ADDRESS}), both coordinates or
	 * neither ({@code COORDINATES}), and a room's capacity beside its name.
	 */
	public List<String> missing(ImportKind kind) {
		List<String> missing = new ArrayList<>();
		for (ImportField field : kind.required()) {
			if (!maps(field)) {
				missing.add(field.name());
			}
		}
		if (kind == ImportKind.VENUE) {
			addIfPartial(missing, "VENUE_ADDRESS", VENUE_ADDRESS);
			addIfPartial(missing, "COORDINATES", COORDINATES);
			if (maps(ImportField.ROOM_NAME) && !maps(ImportField.ROOM_CAPACITY)) {
				missing.add(ImportField.ROOM_CAPACITY.name());
			}
			return missing;
		}
		if (ImportField.CONTACT.stream().noneMatch(this::maps)) {
			missing.add("CONTACT");
		}
		// A town alone is common in senior lists, but it is no address: say so once, not
		// on every row.
		addIfPartial(missing, "ADDRESS", ADDRESS);
		return missing;
	}

	private void addIfPartial(List<String> missing, String group, List<ImportField> fields) {
		long mapped = fields.stream().filter(this::maps).count();
		if (mapped > 0 && mapped < fields.size()) {
			missing.add(group);
		}
	}

	/**
	 * Whether any column fills a field this kind of list requires: if none does, it is
	 * not such a list.
	 */
	boolean mapsAnyRequired(ImportKind kind) {
		return kind.required().stream().anyMatch(this::maps);
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
