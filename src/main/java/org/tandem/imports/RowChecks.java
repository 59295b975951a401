package org.tandem.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks every row of a file with the registry's own rules and says, for each row, what
 * is wrong with it, or that the registry already has it, or that it can be imported. What
 * a row is read as depends on what the file lists: a {@link PersonRows} or a
 * {@link VenueRows} reads it.
 */
final class RowChecks {

	private RowChecks() {
	}

	/**
	 * The outcome of checking a whole file.
	 *
	 * @param rows the number of data rows
	 * @param errors every problem, in file order
	 * @param rowsWithErrors the number of rows with at least one problem
	 * @param duplicates rows the registry (or an earlier row) already has, to be skipped
	 * @param accepted the records to import
	 * @param <T> what the rows are read as
	 */
	record Checked<T>(int rows, List<RowError> errors, int rowsWithErrors, int duplicates, List<T> accepted) {
	}

	static <T> Checked<T> check(Table table, ColumnMapping mapping, RowReader<T> reader) {
		List<RowError> errors = new ArrayList<>();
		List<T> accepted = new ArrayList<>();
		int rowsWithErrors = 0;
		int duplicates = 0;
		for (Table.Row row : table.rows()) {
			RowReading reading = new RowReading(table.headers(), mapping, row);
			T record = reader.read(reading);
			if (reading.hasErrors()) {
				errors.addAll(reading.errors());
				rowsWithErrors++;
			}
			else if (record != null && reader.isDuplicate(record)) {
				duplicates++;
			}
			else if (record != null) {
				accepted.add(record);
			}
		}
		return new Checked<>(table.rows().size(), errors, rowsWithErrors, duplicates, accepted);
	}

}
