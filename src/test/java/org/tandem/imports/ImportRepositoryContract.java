package org.tandem.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import tables, as both databases must behave: an upload reads back whole with its
 * file and problems, a commit is claimed once, progress and outcome are recorded, the
 * file is dropped after the commit, and nothing crosses organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, ImportRepository.class })
abstract class ImportRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	ImportRepository imports;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	@BeforeEach
	void twoOrganisations() {
		this.umea = organisation("Umeå");
		this.lulea = organisation("Luleå");
	}

	OrganisationId organisation(String name) {
		return OrganisationRows.insert(this.jdbc, name);
	}

	static ImportSummary upload(ColumnMapping mapping) {
		return new ImportSummary(new ImportId(UUID.randomUUID()), ImportKind.SENIOR, "klasslista 9B.csv", "CSV",
				"windows-1252", ";", List.of("Förnamn", "Efternamn", "Födelseår", "Mobil"),
				List.of("Åsa", "Öberg", "19xx", "070-123 45 67"), mapping, mapping.missing(ImportKind.SENIOR),
				ImportStatus.READY, 2, 1, 1, 0, 0, 0, null, UUID.randomUUID(), NOW, null);
	}

	static final ColumnMapping MAPPING = ColumnMapping.propose(List.of("Förnamn", "Efternamn", "Födelseår", "Mobil"),
			ImportKind.SENIOR);

	static final RowError ERROR = new RowError(3, "Födelseår", ImportField.YEAR_OF_BIRTH, "YearOfBirthUnreadable",
			"imports.rule.YearOfBirthUnreadable", List.of("a", "b"), "19xx");

	ImportSummary stored() {
		ImportSummary summary = upload(MAPPING);
		this.tenancy.runAs(this.umea,
				() -> this.imports.insert(summary, "Förnamn;Efternamn\nÅsa;Öberg".getBytes(), List.of(ERROR)));
		return summary;
	}

	@Test
	void readsAnUploadBackWholeWithItsFileAndProblems() {
		ImportSummary summary = stored();

		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.find(summary.id()))).contains(summary);
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.content(summary.id())))
			.hasValueSatisfying((content) -> assertThat(new String(content)).isEqualTo("Förnamn;Efternamn\nÅsa;Öberg"));
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.errors(summary.id(), 0, 10)))
			.containsExactly(ERROR);
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.recent(5))).extracting(ImportSummary::id)
			.containsExactly(summary.id());
	}

	@Test
	void readsAVenueImportBackWithItsMappingAndTheVenueRulesProblems() {
		List<String> headers = List.of("Namn", "Typ", "Möteslänk", "Tillgänglighet", "Platser");
		ColumnMapping mapping = ColumnMapping.propose(headers, ImportKind.VENUE);
		ImportSummary venues = new ImportSummary(new ImportId(UUID.randomUUID()), ImportKind.VENUE, "platser.xlsx",
				"XLSX", null, null, headers, List.of("Digitala träffen", "online", "", "hörslinga", "0"), mapping,
				mapping.missing(ImportKind.VENUE), ImportStatus.READY, 1, 1, 1, 0, 0, 0, null, null, NOW, null);
		RowError error = new RowError(2, "Platser", ImportField.ROOM_CAPACITY, "RoomCapacityTooSmall",
				"venues.roomCapacityTooSmall", List.of("Stora rummet", "0"), "0");

		this.tenancy.runAs(this.umea, () -> this.imports.insert(venues, new byte[] { 'P', 'K' }, List.of(error)));

		ImportSummary read = this.tenancy.callAs(this.umea, () -> this.imports.find(venues.id())).orElseThrow();
		assertThat(read).isEqualTo(venues);
		assertThat(read.mapping().fields()).containsExactly(ImportField.NAME, ImportField.VENUE_KIND,
				ImportField.MEETING_LINK, ImportField.ACCESSIBILITY_FEATURES, ImportField.ROOM_CAPACITY);
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.errors(venues.id(), 0, 10)))
			.containsExactly(error);
		assertThat(this.tenancy.callAs(this.lulea, () -> this.imports.find(venues.id()))).isEmpty();
	}

	@Test
	void aNewPreviewReplacesTheMappingAndTheProblems() {
		ImportSummary summary = stored();
		ColumnMapping changed = new ColumnMapping(java.util.Arrays.asList(ImportField.FIRST_NAME, null, null, null));

		this.tenancy.runAs(this.umea, () -> this.imports.replacePreview(summary.id(), changed,
				changed.missing(ImportKind.SENIOR), 0, 0, 1, List.of(), NOW));

		ImportSummary read = this.tenancy.callAs(this.umea, () -> this.imports.find(summary.id())).orElseThrow();
		assertThat(read.mapping()).isEqualTo(changed);
		assertThat(read.missingColumns()).containsExactly("LAST_NAME", "YEAR_OF_BIRTH", "CONTACT");
		assertThat(read.errorCount()).isZero();
		assertThat(read.duplicates()).isEqualTo(1);
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.errors(summary.id(), 0, 10))).isEmpty();
	}

	@Test
	void aCommitIsClaimedOnceUnlessItWentSilent() {
		ImportSummary summary = stored();

		boolean first = this.tenancy.callAs(this.umea,
				() -> this.imports.startCommit(summary.id(), NOW, NOW.minusSeconds(300)));
		boolean second = this.tenancy.callAs(this.umea,
				() -> this.imports.startCommit(summary.id(), NOW.plusSeconds(10), NOW.minusSeconds(290)));
		boolean afterSilence = this.tenancy.callAs(this.umea,
				() -> this.imports.startCommit(summary.id(), NOW.plusSeconds(600), NOW.plusSeconds(300)));

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(afterSilence).isTrue();
	}

	@Test
	void recordsProgressAndTheOutcomeAndDropsTheFile() {
		ImportSummary summary = stored();
		this.tenancy.runAs(this.umea, () -> {
			this.imports.startCommit(summary.id(), NOW, NOW);
			this.imports.progress(summary.id(), 1000, 2500, NOW.plusSeconds(1));
		});
		ImportSummary running = this.tenancy.callAs(this.umea, () -> this.imports.find(summary.id())).orElseThrow();

		this.tenancy.runAs(this.umea, () -> this.imports.committed(summary.id(), 2400, 100, NOW.plusSeconds(2)));

		assertThat(running.status()).isEqualTo(ImportStatus.COMMITTING);
		assertThat(running.percentDone()).isEqualTo(40);
		ImportSummary done = this.tenancy.callAs(this.umea, () -> this.imports.find(summary.id())).orElseThrow();
		assertThat(done.status()).isEqualTo(ImportStatus.COMMITTED);
		assertThat(done.imported()).isEqualTo(2400);
		assertThat(done.duplicates()).isEqualTo(100);
		assertThat(done.finishedAt()).isEqualTo(NOW.plusSeconds(2));
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.content(summary.id()))).isEmpty();
	}

	@Test
	void anotherOrganisationCannotReadClaimOrChangeAnImport() {
		ImportSummary summary = stored();

		this.tenancy.runAs(this.lulea, () -> {
			assertThat(this.imports.find(summary.id())).isEmpty();
			assertThat(this.imports.content(summary.id())).isEmpty();
			assertThat(this.imports.errors(summary.id(), 0, 10)).isEmpty();
			assertThat(this.imports.recent(5)).isEmpty();
			assertThat(this.imports.startCommit(summary.id(), NOW, NOW)).isFalse();
			this.imports.replacePreview(summary.id(), MAPPING, List.of(), 0, 0, 0, List.of(), NOW);
			this.imports.committed(summary.id(), 1, 0, NOW);
		});

		ImportSummary read = this.tenancy.callAs(this.umea, () -> this.imports.find(summary.id())).orElseThrow();
		assertThat(read).isEqualTo(summary);
		assertThat(this.tenancy.callAs(this.umea, () -> this.imports.errors(summary.id(), 0, 10))).hasSize(1);
	}

}
