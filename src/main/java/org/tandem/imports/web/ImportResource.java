package org.tandem.imports.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.tandem.imports.ImportField;
import org.tandem.imports.ImportKind;
import org.tandem.imports.ImportStatus;
import org.tandem.imports.ImportSummary;
import org.tandem.imports.RowError;

/**
 * An import as the JSON API shows it.
 *
 * @param id the import's id
 * @param kind MENTOR, SENIOR or VENUE
 * @param fileName the uploaded file's name
 * @param format CSV or XLSX
 * @param encoding the encoding a CSV file was read with (UTF-8, windows-1252, ...)
 * @param separator the separator a CSV file uses
 * @param status READY, COMMITTING, COMMITTED or FAILED
 * @param headers the file's column names
 * @param mapping the field each column fills, null for a column left out
 * @param missingColumns what the file still needs a column for
 * @param rowCount data rows in the file
 * @param errorCount problems found
 * @param rowsWithErrors rows with a problem
 * @param duplicates rows already in the registry (or repeated in the file), to be skipped
 * @param toImport rows a commit would add as things stand
 * @param progress a running commit's progress
 * @param imported people or venues the commit added
 * @param createdAt when the file was uploaded
 * @param finishedAt when the commit finished
 * @param errors the problems, in file order
 * @param errorsTruncated whether there are more problems than listed
 */
record ImportResource(UUID id, ImportKind kind, String fileName, String format, @Nullable String encoding,
		@Nullable String separator, ImportStatus status, List<String> headers, List<@Nullable ImportField> mapping,
		List<String> missingColumns, int rowCount, int errorCount, int rowsWithErrors, int duplicates, int toImport,
		Progress progress, @Nullable Integer imported, Instant createdAt, @Nullable Instant finishedAt,
		List<Problem> errors, boolean errorsTruncated) {

	/**
	 * A problem in a row.
	 *
	 * @param line the line of a CSV file (the header is line 1) or the row of a worksheet
	 * @param column the file's column
	 * @param field the field of the profile or venue, as the people or venues API names
	 * it
	 * @param rule the rule's stable name
	 * @param message what is wrong, in the caller's language
	 * @param value what the cell holds
	 */
	record Problem(int line, @Nullable String column, @Nullable String field, String rule, String message,
			@Nullable String value) {
	}

	/**
	 * @param done people or venues written so far
	 * @param total people or venues the commit writes
	 */
	record Progress(int done, int total) {
	}

	static ImportResource of(ImportSummary summary, List<RowError> errors, MessageSource messages, Locale locale) {
		return new ImportResource(summary.id().value(), summary.kind(), summary.fileName(), summary.format(),
				summary.encoding(), summary.separator(), summary.status(), summary.headers(),
				summary.mapping().fields(), summary.missingColumns(), summary.rowCount(), summary.errorCount(),
				summary.rowsWithErrors(), summary.duplicates(), summary.toImport(),
				new Progress(summary.rowsDone(), summary.rowsTotal()), summary.imported(), summary.createdAt(),
				summary.finishedAt(),
				errors.stream()
					.map((error) -> new Problem(error.line(), error.column(), error.property(), error.rule(),
							messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(),
									locale),
							error.value()))
					.toList(),
				errors.size() < summary.errorCount());
	}

}
