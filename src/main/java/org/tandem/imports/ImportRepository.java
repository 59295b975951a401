package org.tandem.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.system.TenantJdbc;

/**
 * The person_import table and the problems each import's preview found. The table keeps
 * the name it was given when imports held only people; its {@code kind} says what a file
 * lists, venues too.
 */
@Repository
class ImportRepository {

	/** Separates the values of a list stored in one column. */
	private static final String UNIT = "\u001f";

	private static final String COLUMNS = """
			id, kind, file_name, file_format, file_encoding, column_separator, headers, sample, mapping,
			missing_columns, status, row_count, error_count, error_rows, duplicate_count, rows_done, rows_total,
			imported_count, uploaded_by, created_at, finished_at""";

	private final TenantJdbc jdbc;

	ImportRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new upload with its preview.
	 */
	void insert(ImportSummary summary, byte[] content, List<RowError> errors) {
		this.jdbc.sql("""
				insert into person_import (id, organisation_id, kind, file_name, file_format, file_encoding,
				    column_separator, content, content_size, headers, sample, mapping, missing_columns, status,
				    row_count, error_count, error_rows, duplicate_count, rows_total, rows_done, uploaded_by,
				    created_at, changed_at)
				values (:id, :tenant, :kind, :fileName, :format, :encoding, :separator, :content, :size, :headers,
				    :sample, :mapping, :missing, :status, :rows, :errors, :errorRows, :duplicates, 0, 0, :uploadedBy,
				    :createdAt, :createdAt)
				""")
			.param("id", summary.id().value())
			.param("kind", summary.kind().name())
			.param("fileName", summary.fileName())
			.param("format", summary.format())
			.param("encoding", summary.encoding())
			.param("separator", summary.separator())
			.param("content", content)
			.param("size", content.length)
			.param("headers", join(summary.headers()))
			.param("sample", join(summary.sample()))
			.param("mapping", summary.mapping().encode())
			.param("missing", String.join(",", summary.missingColumns()))
			.param("status", summary.status().name())
			.param("rows", summary.rowCount())
			.param("errors", summary.errorCount())
			.param("errorRows", summary.rowsWithErrors())
			.param("duplicates", summary.duplicates())
			.param("uploadedBy", summary.uploadedBy())
			.param("createdAt", Timestamp.from(summary.createdAt()))
			.update();
		insertErrors(summary.id(), errors);
	}

	Optional<ImportSummary> find(ImportId id) {
		return this.jdbc.sql("select " + COLUMNS + " from person_import where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(ImportRepository::summary)
			.optional();
	}

	/** The latest uploads, newest first. */
	List<ImportSummary> recent(int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from person_import where organisation_id = :tenant order by created_at desc, id limit :limit
				""").param("limit", limit).query(ImportRepository::summary).list();
	}

	/** The uploaded file, until a commit has put its people in the registry. */
	Optional<byte[]> content(ImportId id) {
		return this.jdbc.sql("select content from person_import where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query((row, number) -> Optional.ofNullable(row.getBytes("content")))
			.optional()
			.flatMap((content) -> content);
	}

	/** A new preview: mapping, counts and problems replace the old ones. */
	void replacePreview(ImportId id, ColumnMapping mapping, List<String> missing, int errorCount, int errorRows,
			int duplicates, List<RowError> errors, Instant now) {
		this.jdbc.sql("""
				update person_import set mapping = :mapping, missing_columns = :missing, error_count = :errors,
				    error_rows = :errorRows, duplicate_count = :duplicates, status = 'READY', rows_done = 0,
				    rows_total = 0, changed_at = :now
				 where id = :id and organisation_id = :tenant
				""")
			.param("id", id.value())
			.param("mapping", mapping.encode())
			.param("missing", String.join(",", missing))
			.param("errors", errorCount)
			.param("errorRows", errorRows)
			.param("duplicates", duplicates)
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("delete from person_import_error where import_id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.update();
		insertErrors(id, errors);
	}

	/** Problems in file order, a page at a time. */
	List<RowError> errors(ImportId id, int offset, int limit) {
		return this.jdbc.sql("""
				select line, column_name, field, rule, message_key, arguments, cell_value from person_import_error
				 where import_id = :id and organisation_id = :tenant order by position limit :limit offset :offset
				""")
			.param("id", id.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((row, number) -> new RowError(row.getInt("line"), row.getString("column_name"),
					(row.getString("field") != null) ? ImportField.valueOf(row.getString("field")) : null,
					row.getString("rule"), row.getString("message_key"), split(row.getString("arguments")),
					row.getString("cell_value")))
			.list();
	}

	/**
	 * Claims the import for a commit, unless it is committed, or another commit is
	 * running and was heard from since {@code staleBefore}.
	 */
	boolean startCommit(ImportId id, Instant now, Instant staleBefore) {
		return this.jdbc.sql("""
				update person_import set status = 'COMMITTING', rows_done = 0, rows_total = 0, changed_at = :now
				 where id = :id and organisation_id = :tenant
				   and (status in ('READY', 'FAILED') or (status = 'COMMITTING' and changed_at < :stale))
				""")
			.param("id", id.value())
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(staleBefore))
			.update() == 1;
	}

	void progress(ImportId id, int done, int total, Instant now) {
		this.jdbc.sql("""
				update person_import set rows_done = :done, rows_total = :total, changed_at = :now
				 where id = :id and organisation_id = :tenant and status = 'COMMITTING'
				""")
			.param("id", id.value())
			.param("done", done)
			.param("total", total)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The people are in the registry: the file itself is no longer kept. */
	void committed(ImportId id, int imported, int duplicates, Instant now) {
		this.jdbc.sql("""
				update person_import set status = 'COMMITTED', imported_count = :imported,
				    duplicate_count = :duplicates, rows_done = :imported, rows_total = :imported, content = null,
				    changed_at = :now, finished_at = :now
				 where id = :id and organisation_id = :tenant
				""")
			.param("id", id.value())
			.param("imported", imported)
			.param("duplicates", duplicates)
			.param("now", Timestamp.from(now))
			.update();
	}

	void failed(ImportId id, Instant now) {
		this.jdbc.sql("""
				update person_import set status = 'FAILED', changed_at = :now
				 where id = :id and organisation_id = :tenant and status = 'COMMITTING'
				""").param("id", id.value()).param("now", Timestamp.from(now)).update();
	}

	private void insertErrors(ImportId id, List<RowError> errors) {
		List<Map<String, Object>> rows = new ArrayList<>(errors.size());
		int position = 0;
		for (RowError error : errors) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", id.value());
			row.put("position", position++);
			row.put("line", error.line());
			row.put("column", truncate(error.column(), 200));
			row.put("field", (error.field() != null) ? error.field().name() : null);
			row.put("rule", error.rule());
			row.put("messageKey", error.messageKey());
			row.put("arguments", truncate(join(error.arguments()), 400));
			row.put("value", truncate(error.value(), 200));
			rows.add(row);
		}
		for (int from = 0; from < rows.size(); from += 1000) {
			this.jdbc.batch("""
					insert into person_import_error (organisation_id, import_id, position, line, column_name, field,
					    rule, message_key, arguments, cell_value)
					values (:tenant, :id, :position, :line, :column, :field, :rule, :messageKey, :arguments, :value)
					""", rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	private static ImportSummary summary(ResultSet row, int number) throws SQLException {
		List<String> headers = split(row.getString("headers"));
		Timestamp finished = row.getTimestamp("finished_at");
		int imported = row.getInt("imported_count");
		Integer importedCount = row.wasNull() ? null : imported;
		String missing = row.getString("missing_columns");
		return new ImportSummary(new ImportId(row.getObject("id", UUID.class)),
				ImportKind.valueOf(row.getString("kind")), row.getString("file_name"), row.getString("file_format"),
				row.getString("file_encoding"), row.getString("column_separator"), headers,
				split(row.getString("sample")), ColumnMapping.decode(row.getString("mapping"), headers.size()),
				missing.isEmpty() ? List.of() : List.of(missing.split(",")),
				ImportStatus.valueOf(row.getString("status")), row.getInt("row_count"), row.getInt("error_count"),
				row.getInt("error_rows"), row.getInt("duplicate_count"), row.getInt("rows_done"),
				row.getInt("rows_total"), importedCount, row.getObject("uploaded_by", UUID.class),
				row.getTimestamp("created_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	static String join(List<String> values) {
		List<String> clean = values.stream().map((value) -> value.replace(UNIT, " ")).toList();
		return String.join(UNIT, clean);
	}

	static List<String> split(@Nullable String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split(UNIT, -1));
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
