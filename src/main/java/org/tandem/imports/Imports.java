package org.tandem.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.People;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.system.CurrentUser;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * Imports of mentors and seniors from CSV and XLSX files: upload and preview, change the
 * column mapping, commit. Nothing reaches the registry before the commit, and the commit
 * writes every new person or none.
 */
@Service
public class Imports {

	/** Problems kept per preview; a file with more has a wrong mapping, not typos. */
	public static final int MAX_STORED_ERRORS = 10_000;

	/** The largest file Tandem reads, in megabytes. */
	public static final int MAX_MEGABYTES = TableReader.MAX_BYTES / (1024 * 1024);

	/**
	 * A commit not heard from for this long died with its instance and may be restarted.
	 */
	static final Duration STALE_COMMIT = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	private final ImportRepository imports;

	private final People people;

	private final Tenancy tenancy;

	private final CommitRunner runner;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Imports(ImportRepository imports, People people, Tenancy tenancy, CommitRunner runner,
			PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.people = people;
		this.tenancy = tenancy;
		this.runner = runner;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Reads a file, proposes which field each column fills, checks every row and keeps
	 * the result for the coordinator to review. Writes no person.
	 * @param kind whether the file lists mentors or seniors
	 * @param fileName the file's name, as uploaded
	 * @param content the file
	 * @throws ImportRefused if the file is empty, too large, not a table, or has no
	 * column Tandem recognises as a name or year of birth
	 */
	public ImportSummary upload(PersonKind kind, String fileName, byte[] content) {
		Table table = TableReader.read(content);
		ColumnMapping mapping = ColumnMapping.propose(table.headers());
		if (!mapping.mapsAnyRequired()) {
			throw new ImportRefused("file", "NoKnownColumns");
		}
		RowChecks.Checked checked = check(table, mapping, kind);
		List<String> sample = table.rows().isEmpty() ? List.of()
				: table.rows()
					.get(0)
					.cells()
					.stream()
					.map((value) -> (value.length() > 60) ? value.substring(0, 59) + "…" : value)
					.toList();
		ImportSummary summary = new ImportSummary(new ImportId(UUID.randomUUID()), kind, fileName(fileName),
				table.format().name(), table.encoding(), table.separator(), table.headers(), sample, mapping,
				mapping.missing(), ImportStatus.READY, checked.rows(), checked.errors().size(),
				checked.rowsWithErrors(), checked.duplicates(), 0, 0, null,
				this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null), now(), null);
		this.transaction
			.executeWithoutResult((status) -> this.imports.insert(summary, content, stored(checked.errors())));
		log.info("Import {} uploaded: {} rows, {} problems, {} already known", summary.id(), checked.rows(),
				checked.errors().size(), checked.duplicates());
		return summary;
	}

	/**
	 * @throws ImportNotFound if the current organisation has no such import
	 */
	public ImportSummary get(ImportId id) {
		return this.imports.find(id).orElseThrow(() -> new ImportNotFound(id));
	}

	/** The latest imports of the current organisation, newest first. */
	public List<ImportSummary> recent(int limit) {
		return this.imports.recent(Math.max(1, Math.min(limit, 100)));
	}

	/**
	 * The problems the preview found, in file order (at most
	 * {@value #MAX_STORED_ERRORS}).
	 * @throws ImportNotFound if the current organisation has no such import
	 */
	public List<RowError> errors(ImportId id, int offset, int limit) {
		get(id);
		return this.imports.errors(id, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_STORED_ERRORS)));
	}

	/**
	 * Checks the file again with the coordinator's choice of field for each column.
	 * @throws ImportNotFound if the current organisation has no such import
	 * @throws ImportRefused if the mapping does not have one entry per column, names a
	 * field twice, or the import is committed or committing
	 */
	public ImportSummary remap(ImportId id, ColumnMapping mapping) {
		ImportSummary summary = get(id);
		if (!summary.open()) {
			throw new ImportRefused("mapping", "NotOpen");
		}
		if (mapping.fields().size() != summary.headers().size()) {
			throw new ImportRefused("mapping", "OneFieldPerColumn", summary.headers().size());
		}
		recheck(id, summary.kind(), mapping);
		return get(id);
	}

	private void recheck(ImportId id, PersonKind kind, ColumnMapping mapping) {
		Table table = TableReader.read(content(id));
		RowChecks.Checked checked = check(table, mapping, kind);
		this.transaction.executeWithoutResult(
				(status) -> this.imports.replacePreview(id, mapping, mapping.missing(), checked.errors().size(),
						checked.rowsWithErrors(), checked.duplicates(), stored(checked.errors()), now()));
	}

	/**
	 * Starts writing the import's new people to the registry, in the background, all or
	 * nothing, as pending and with {@link PersonSource#IMPORT}. Rows the registry already
	 * has are skipped: importing the same file twice adds nobody the second time. Follow
	 * it with {@link #get}: the status turns COMMITTED (or READY again if new problems
	 * appeared since the preview, or FAILED).
	 * @throws ImportNotFound if the current organisation has no such import
	 * @throws ImportRefused if rows have problems, columns are missing, or the import is
	 * committed or being committed
	 */
	public ImportSummary commit(ImportId id) {
		ImportSummary summary = get(id);
		if (summary.status() == ImportStatus.COMMITTED) {
			throw new ImportRefused("import", "AlreadyCommitted");
		}
		if (!summary.missingColumns().isEmpty()) {
			throw new ImportRefused("mapping", "ColumnsMissing");
		}
		if (summary.errorCount() > 0) {
			throw new ImportRefused("rows", "RowsHaveErrors", summary.errorCount());
		}
		if (!this.imports.startCommit(id, now(), now().minus(STALE_COMMIT))) {
			throw new ImportRefused("import", "AlreadyCommitting");
		}
		OrganisationId organisation = this.tenancy.current();
		if (!this.runner.start(() -> this.tenancy.runAs(organisation, () -> runCommit(id)))) {
			this.imports.failed(id, now());
			throw new ImportRefused("import", "Busy");
		}
		return get(id);
	}

	/** The commit itself, on a background thread acting for the import's organisation. */
	void runCommit(ImportId id) {
		try {
			ImportSummary summary = get(id);
			Table table = TableReader.read(content(id));
			Boolean done = this.transaction.execute((status) -> {
				RowChecks.Checked checked = check(table, summary.mapping(), summary.kind());
				if (!checked.errors().isEmpty()) {
					status.setRollbackOnly();
					return false;
				}
				int total = checked.accepted().size();
				progress(id, 0, total);
				int imported = this.people.registerAll(summary.kind(), checked.accepted(), PersonSource.IMPORT,
						(written) -> progress(id, written, total));
				this.imports.committed(id, imported, checked.duplicates(), now());
				log.info("Import {} committed: {} people added, {} already known", id, imported, checked.duplicates());
				return true;
			});
			if (!Boolean.TRUE.equals(done)) {
				// The registry changed since the preview: show the new problems instead.
				recheck(id, summary.kind(), summary.mapping());
			}
		}
		catch (RuntimeException unexpected) {
			// Nothing was written (the transaction rolled back); the coordinator may
			// retry. Only the exception's type is logged: database messages can quote
			// a row's values, which are personal data.
			log.error("Import {} failed and was rolled back: {}", id, unexpected.getClass().getName());
			this.ownTransaction.executeWithoutResult((status) -> this.imports.failed(id, now()));
		}
	}

	/**
	 * Progress is committed on its own, so other requests see it while the import runs.
	 */
	private void progress(ImportId id, int done, int total) {
		this.ownTransaction.executeWithoutResult((status) -> this.imports.progress(id, done, total, now()));
	}

	private RowChecks.Checked check(Table table, ColumnMapping mapping, PersonKind kind) {
		return RowChecks.check(table, mapping, kind, this.people.registrationRules(kind),
				this.people.knownContacts(kind));
	}

	private byte[] content(ImportId id) {
		return this.imports.content(id).orElseThrow(() -> new ImportRefused("import", "AlreadyCommitted"));
	}

	private static List<RowError> stored(List<RowError> errors) {
		return (errors.size() > MAX_STORED_ERRORS) ? errors.subList(0, MAX_STORED_ERRORS) : errors;
	}

	private static String fileName(String name) {
		String base = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (base.isEmpty()) {
			return "import";
		}
		return (base.length() > 255) ? base.substring(0, 255) : base;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
