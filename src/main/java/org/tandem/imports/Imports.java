package org.tandem.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.People;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.Profile;
import org.tandem.system.CurrentUser;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.venues.Venues;

/**
 * Imports of mentors, seniors and venues from CSV and XLSX files: upload and preview,
 * change the column mapping, commit. Nothing reaches the registry before the commit, and
 * the commit writes every new person or venue or none. Reading the file, the mapping, the
 * preview, the progress and the commit are the same whatever the file lists; only how a
 * row is read and where it is written depend on it (a {@link Target}).
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

	/** The language of names Tandem gives when nobody is signed in to say otherwise. */
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	private final ImportRepository imports;

	private final People people;

	private final Venues venues;

	private final MessageSource messages;

	private final Tenancy tenancy;

	private final CommitRunner runner;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Imports(ImportRepository imports, People people, Venues venues, MessageSource messages, Tenancy tenancy,
			CommitRunner runner, PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.people = people;
		this.venues = venues;
		this.messages = messages;
		this.tenancy = tenancy;
		this.runner = runner;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Reads a file, proposes which field each column fills, checks every row and keeps
	 * the result for the coordinator to review. Writes no person and no venue.
	 * @param kind whether the file lists mentors, seniors or venues
	 * @param fileName the file's name, as uploaded
	 * @param content the file
	 * @throws ImportRefused if the file is empty, too large, not a table, or has no
	 * column Tandem recognises as a field this kind of list requires (a name or year of
	 * birth; a venue's name or kind)
	 */
	public ImportSummary upload(ImportKind kind, String fileName, byte[] content) {
		Table table = TableReader.read(content);
		ColumnMapping mapping = ColumnMapping.propose(table.headers(), kind);
		if (!mapping.mapsAnyRequired(kind)) {
			throw new ImportRefused("file", "NoKnownColumns", kind.exampleColumns());
		}
		RowChecks.Checked<?> checked = target(kind, language()).check(table, mapping);
		List<String> sample = table.rows().isEmpty() ? List.of()
				: table.rows()
					.get(0)
					.cells()
					.stream()
					.map((value) -> (value.length() > 60) ? value.substring(0, 59) + "…" : value)
					.toList();
		ImportSummary summary = new ImportSummary(new ImportId(UUID.randomUUID()), kind, fileName(fileName),
				table.format().name(), table.encoding(), table.separator(), table.headers(), sample, mapping,
				mapping.missing(kind), ImportStatus.READY, checked.rows(), checked.errors().size(),
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
	 * field twice or one this kind of list does not have, or the import is committed or
	 * committing
	 */
	public ImportSummary remap(ImportId id, ColumnMapping mapping) {
		ImportSummary summary = get(id);
		if (!summary.open()) {
			throw new ImportRefused("mapping", "NotOpen");
		}
		if (mapping.fields().size() != summary.headers().size()) {
			throw new ImportRefused("mapping", "OneFieldPerColumn", summary.headers().size());
		}
		if (!mapping.fits(summary.kind())) {
			throw new ImportRefused("mapping", "FieldNotForKind");
		}
		recheck(id, summary.kind(), mapping, language());
		return get(id);
	}

	private void recheck(ImportId id, ImportKind kind, ColumnMapping mapping, Locale language) {
		Table table = TableReader.read(content(id));
		RowChecks.Checked<?> checked = target(kind, language).check(table, mapping);
		this.transaction.executeWithoutResult(
				(status) -> this.imports.replacePreview(id, mapping, mapping.missing(kind), checked.errors().size(),
						checked.rowsWithErrors(), checked.duplicates(), stored(checked.errors()), now()));
	}

	/**
	 * Starts writing the import's new people or venues to the registry, in the
	 * background, all or nothing; people as pending and with {@link PersonSource#IMPORT}.
	 * Rows the registry already has are skipped: importing the same file twice adds
	 * nothing the second time. Follow it with {@link #get}: the status turns COMMITTED
	 * (or READY again if new problems appeared since the preview, or FAILED).
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
		Locale language = language();
		if (!this.runner.start(() -> this.tenancy.runAs(organisation, () -> runCommit(id, language)))) {
			this.imports.failed(id, now());
			throw new ImportRefused("import", "Busy");
		}
		return get(id);
	}

	/**
	 * The commit itself, on a background thread acting for the import's organisation.
	 * @param language the organisation's language, for names Tandem gives
	 */
	void runCommit(ImportId id, Locale language) {
		try {
			ImportSummary summary = get(id);
			Table table = TableReader.read(content(id));
			Target<?> target = target(summary.kind(), language);
			Boolean done = this.transaction.execute((status) -> write(id, summary.mapping(), table, target, status));
			if (!Boolean.TRUE.equals(done)) {
				// The registry changed since the preview: show the new problems instead.
				recheck(id, summary.kind(), summary.mapping(), language);
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
	 * Checks the rows once more and writes them, inside the commit's transaction.
	 * @return false, with the transaction marked for rollback, if rows have problems now
	 */
	private <T> boolean write(ImportId id, ColumnMapping mapping, Table table, Target<T> target,
			TransactionStatus status) {
		RowChecks.Checked<T> checked = target.check(table, mapping);
		if (!checked.errors().isEmpty()) {
			status.setRollbackOnly();
			return false;
		}
		int total = checked.accepted().size();
		progress(id, 0, total);
		int imported = target.writer().addAll(checked.accepted(), (written) -> progress(id, written, total));
		this.imports.committed(id, imported, checked.duplicates(), now());
		log.info("Import {} committed: {} added, {} already known", id, imported, checked.duplicates());
		return true;
	}

	/**
	 * Progress is committed on its own, so other requests see it while the import runs.
	 */
	private void progress(ImportId id, int done, int total) {
		this.ownTransaction.executeWithoutResult((status) -> this.imports.progress(id, done, total, now()));
	}

	/** Where the rows of this kind of list go. */
	private Target<?> target(ImportKind kind, Locale language) {
		return switch (kind) {
			case MENTOR -> people(PersonKind.MENTOR);
			case SENIOR -> people(PersonKind.SENIOR);
			case VENUE ->
				new Target<>(
						() -> new VenueRows(this.venues.knownNames(),
								this.messages.getMessage("imports.defaultRoom", null, language)),
						this.venues::createAll);
		};
	}

	private Target<Profile> people(PersonKind kind) {
		return new Target<>(() -> new PersonRows(this.people.registrationRules(kind), this.people.knownContacts(kind)),
				(profiles, progress) -> this.people.registerAll(kind, profiles, PersonSource.IMPORT, progress));
	}

	/**
	 * The organisation's language, in which Tandem names what a file leaves unnamed (a
	 * venue's only room).
	 */
	private Locale language() {
		return this.tenancy.signedInUser().map(CurrentUser::organisationLocale).orElse(SWEDISH);
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

	/**
	 * Where the rows of one kind of list go: how they are read (afresh for every check,
	 * since a reader remembers what the registry holds), and how the records accepted are
	 * written.
	 *
	 * @param reader makes the reader of one check
	 * @param writer writes the accepted records
	 * @param <T> what the rows are read as
	 */
	private record Target<T>(Supplier<RowReader<T>> reader, Writer<T> writer) {

		RowChecks.Checked<T> check(Table table, ColumnMapping mapping) {
			return RowChecks.check(table, mapping, this.reader.get());
		}

	}

	/**
	 * Writes records to their module, all or nothing.
	 *
	 * @param <T> the records
	 */
	@FunctionalInterface
	private interface Writer<T> {

		/**
		 * @param progress told how many are written so far, after each batch
		 * @return how many were added
		 */
		int addAll(List<T> records, IntConsumer progress);

	}

}
