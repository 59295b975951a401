package org.tandem.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A file read as a table: its header row and its data rows, each with the line (CSV) or
 * row number (XLSX) a coordinator finds it at.
 *
 * @param format CSV or XLSX
 * @param encoding the character encoding a CSV file was read with
 * @param separator the separator a CSV file uses
 * @param headers the column names, as written
 * @param rows the data rows, empty rows left out
 */
record Table(FileFormat format, @Nullable String encoding, @Nullable String separator, List<String> headers,
		List<Row> rows) {

	Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	enum FileFormat {

		CSV, XLSX

	}

	/**
	 * One data row.
	 *
	 * @param line where it starts in the file: the physical line of a CSV file (the
	 * header is line 1), the row number of a worksheet
	 * @param cells the values, one per header, empty where the row has none
	 */
	record Row(int line, List<String> cells) {

		String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : "";
		}

	}

}
