package org.tandem.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import as the coordinator follows it from upload to commit.
 *
 * @param id the import's id
 * @param kind mentors, seniors or venues
 * @param fileName the uploaded file's name
 * @param format CSV or XLSX
 * @param encoding the encoding a CSV file was read with
 * @param separator the separator a CSV file uses
 * @param headers the file's column names
 * @param sample the first data row, to show beside the column names
 * @param mapping the field each column fills
 * @param missingColumns what the file still needs a column for (a field name, or a group
 * of fields such as {@code CONTACT}, see {@link ColumnMapping#missing})
 * @param status where the import is
 * @param rowCount the number of data rows
 * @param errorCount the number of problems found
 * @param rowsWithErrors the number of rows with a problem
 * @param duplicates rows the registry already has, to be skipped
 * @param rowsDone people or venues written so far by a running commit
 * @param rowsTotal people or venues a running commit writes
 * @param imported people or venues the commit added
 * @param uploadedBy the user who uploaded the file
 * @param createdAt when it was uploaded
 * @param finishedAt when the commit finished
 */
public record ImportSummary(ImportId id, ImportKind kind, String fileName, String format, @Nullable String encoding,
		@Nullable String separator, List<String> headers, List<String> sample, ColumnMapping mapping,
		List<String> missingColumns, ImportStatus status, int rowCount, int errorCount, int rowsWithErrors,
		int duplicates, int rowsDone, int rowsTotal, @Nullable Integer imported, @Nullable UUID uploadedBy,
		Instant createdAt, @Nullable Instant finishedAt) {

	public ImportSummary {
		headers = List.copyOf(headers);
		sample = List.copyOf(sample);
		missingColumns = List.copyOf(missingColumns);
	}

	/**
	 * Rows that a commit would add as things stand: neither wrong nor known already. None
	 * while the file lacks a required column, because its rows cannot be read yet.
	 */
	public int toImport() {
		if (!this.missingColumns.isEmpty()) {
			return 0;
		}
		return Math.max(0, this.rowCount - this.rowsWithErrors - this.duplicates);
	}

	/** Whether a commit may start now. */
	public boolean canCommit() {
		return (this.status == ImportStatus.READY || this.status == ImportStatus.FAILED) && this.errorCount == 0
				&& this.missingColumns.isEmpty();
	}

	/** Whether the mapping may still be changed. */
	public boolean open() {
		return this.status == ImportStatus.READY || this.status == ImportStatus.FAILED;
	}

	/** How far a running commit has come, 0 to 100. */
	public int percentDone() {
		return (this.rowsTotal == 0) ? 0 : (int) (100L * this.rowsDone / this.rowsTotal);
	}

	/** The separator of a CSV file by name: semicolon, comma or tab. */
	public String separatorName() {
		if ("\t".equals(this.separator)) {
			return "tab";
		}
		return ",".equals(this.separator) ? "comma" : "semicolon";
	}

	/** The first data row's value in a column, or empty. */
	public String sampleOf(int column) {
		return (column < this.sample.size()) ? this.sample.get(column) : "";
	}

}
