package org.tandem.curriculum;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every organisation has a curriculum: a new one gets the default catalogue as it is
 * created, and one that existed before the curriculum did gets it at the next start,
 * once.
 */
@TandemTest
class CatalogueSeedingTest {

	@Autowired
	Organisations organisations;

	@Autowired
	Curriculum curriculum;

	@Autowired
	DefaultCatalogue catalogue;

	@Autowired
	CatalogueSeeding seeding;

	@Autowired
	Tenancy tenancy;

	@Autowired
	TenantJdbc jdbc;

	@Test
	void aNewOrganisationGetsTheWholeDefaultCatalogue() {
		Organisation lulea = this.organisations.create("Luleå " + UUID.randomUUID(), Locale.forLanguageTag("sv"),
				ZoneId.of("Europe/Stockholm"));

		int topics = this.tenancy.callAs(lulea.id(), () -> this.curriculum.topics().size());
		int steps = this.tenancy.callAs(lulea.id(),
				() -> this.curriculum.topics().stream().mapToInt((topic) -> topic.steps().size()).sum());

		assertThat(topics).isEqualTo(this.catalogue.entries().size());
		assertThat(steps).isEqualTo(this.catalogue.entries().stream().mapToInt((entry) -> entry.steps().size()).sum());
	}

	@Test
	void anOrganisationWithoutACurriculumGetsItAtStartUpOnlyOnce() {
		OrganisationId older = organisationFromBeforeTheCurriculum();
		assertThat(this.tenancy.callAs(older, () -> this.curriculum.topics())).isEmpty();

		this.seeding.run(new DefaultApplicationArguments());
		int afterFirstStart = this.tenancy.callAs(older, () -> this.curriculum.topics().size());
		this.seeding.run(new DefaultApplicationArguments());
		int afterSecondStart = this.tenancy.callAs(older, () -> this.curriculum.topics().size());

		assertThat(afterFirstStart).isEqualTo(this.catalogue.entries().size());
		assertThat(afterSecondStart).isEqualTo(afterFirstStart);
	}

	@Test
	void seedingTwiceChangesNothing() {
		Organisation kiruna = this.organisations.create("Kiruna " + UUID.randomUUID(), Locale.ENGLISH,
				ZoneId.of("Europe/Stockholm"));

		boolean again = this.tenancy.callAs(kiruna.id(), () -> this.catalogue.seedCurrentOrganisation());

		assertThat(again).isFalse();
		assertThat(this.tenancy.callAs(kiruna.id(), () -> this.curriculum.topics().size()))
			.isEqualTo(this.catalogue.entries().size());
	}

	/**
	 * An organisation made the way it was before this module existed: straight into the
	 * organisations module's table, with no event for the curriculum to hear.
	 */
	private OrganisationId organisationFromBeforeTheCurriculum() {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		this.jdbc.crossTenant("""
				insert into organisation (id, name, default_locale, time_zone, created_at)
				values (:id, :name, 'sv', 'Europe/Stockholm', :createdAt)
				""")
			.param("id", id.value())
			.param("name", "Äldre " + id)
			.param("createdAt", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

}
