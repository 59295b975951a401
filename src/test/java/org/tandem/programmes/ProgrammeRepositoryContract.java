package org.tandem.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The programme table, as both databases must behave: each test in a transaction that is
 * rolled back, on H2 in PostgreSQL mode or on PostgreSQL itself.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, ProgrammeRepository.class })
abstract class ProgrammeRepositoryContract {

	static final Term AUTUMN = new Term(LocalDate.parse("2026-08-20"), LocalDate.parse("2026-12-18"));

	static final Term SPRING = new Term(LocalDate.parse("2027-01-11"), LocalDate.parse("2027-05-28"));

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	Tenancy tenancy;

	OrganisationId umea;

	OrganisationId limerick;

	@BeforeEach
	void twoOrganisations() {
		this.umea = newOrganisation("Umeå");
		this.limerick = newOrganisation("Limerick");
	}

	OrganisationId newOrganisation(String name) {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		// The organisation is the tenant itself: making one cannot be scoped to it.
		this.jdbc.crossTenant("""
				insert into organisation (id, name, default_locale, time_zone, created_at)
				values (:id, :name, 'sv', 'Europe/Stockholm', current_timestamp)
				""").param("id", id.value()).param("name", name + " " + id).update();
		return id;
	}

	ProgrammeId insert(OrganisationId organisation, String name, Term term) {
		ProgrammeId id = new ProgrammeId(UUID.randomUUID());
		this.tenancy.runAs(organisation,
				() -> this.programmes.insert(id, new ProgrammeDetails(name, "Digital vardag", term, 90)));
		return id;
	}

	@Test
	void readsBackWhatItSaved() {
		ProgrammeId id = insert(this.umea, "Digitalt stöd hösten 2026", AUTUMN);

		Programme saved = this.tenancy.callAs(this.umea, () -> this.programmes.find(id)).orElseThrow();

		assertThat(saved).isEqualTo(new Programme(id, "Digitalt stöd hösten 2026", "Digital vardag", AUTUMN, 90, 0));
	}

	@Test
	void findsAProgrammeOnlyInItsOwnOrganisation() {
		ProgrammeId id = insert(this.umea, "Höst", AUTUMN);

		assertThat(this.tenancy.callAs(this.limerick, () -> this.programmes.find(id))).isEmpty();
		assertThat(this.tenancy.callAs(this.limerick, () -> this.programmes.findByName("Höst"))).isEmpty();
		assertThat(this.tenancy.callAs(this.limerick, () -> this.programmes.all())).isEmpty();
	}

	@Test
	void findsANameRegardlessOfCase() {
		ProgrammeId id = insert(this.umea, "Åldersvänlig Höst", AUTUMN);

		assertThat(this.tenancy.callAs(this.umea, () -> this.programmes.findByName(" åldersvänlig HÖST")))
			.hasValueSatisfying((found) -> assertThat(found.id()).isEqualTo(id));
	}

	@Test
	void keepsNamesUniqueWithinAnOrganisationOnly() {
		insert(this.umea, "Höst", AUTUMN);
		insert(this.limerick, "Höst", AUTUMN);

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(this.umea, "HÖST", SPRING));
	}

	@Test
	void listsTheLatestTermFirst() {
		insert(this.umea, "Höst", AUTUMN);
		insert(this.umea, "Vår", SPRING);
		insert(this.limerick, "Autumn", AUTUMN);

		List<Programme> all = this.tenancy.callAs(this.umea, () -> this.programmes.all());

		assertThat(all).extracting(Programme::name).containsExactly("Vår", "Höst");
	}

	@Test
	void refusesAStaleEdit() {
		ProgrammeId id = insert(this.umea, "Höst", AUTUMN);
		ProgrammeDetails longer = new ProgrammeDetails("Höst", null, AUTUMN, 120);

		boolean first = this.tenancy.callAs(this.umea, () -> this.programmes.update(id, 0, longer));
		boolean stale = this.tenancy.callAs(this.umea,
				() -> this.programmes.update(id, 0, new ProgrammeDetails("Gammal kopia", null, AUTUMN, 45)));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		Programme saved = this.tenancy.callAs(this.umea, () -> this.programmes.find(id)).orElseThrow();
		assertThat(saved.sessionMinutes()).isEqualTo(120);
		assertThat(saved.description()).isNull();
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void cannotEditAProgrammeOfAnotherOrganisation() {
		ProgrammeId id = insert(this.umea, "Höst", AUTUMN);

		boolean changed = this.tenancy.callAs(this.limerick,
				() -> this.programmes.update(id, 0, new ProgrammeDetails("Kapad", null, SPRING, 60)));

		assertThat(changed).isFalse();
		assertThat(this.tenancy.callAs(this.umea, () -> this.programmes.find(id)).orElseThrow().name())
			.isEqualTo("Höst");
	}

	@Test
	void theDatabaseRefusesATermThatEndsBeforeItStarts() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.tenancy.runAs(this.umea, () -> this.jdbc.sql("""
					insert into programme (id, organisation_id, name, name_key, term_start, term_end)
					values (:id, :tenant, 'Bakvänd', 'bakvänd', date '2026-12-18', date '2026-08-20')
					""").param("id", UUID.randomUUID()).update()));
	}

}
