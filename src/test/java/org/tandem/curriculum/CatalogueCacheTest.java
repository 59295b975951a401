package org.tandem.curriculum;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.organisations.Organisations;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is held in memory between reads only while its version in the database
 * stands: a change through this instance, or through another one that raised the version
 * in the database, is seen by the next read, and a change that was rolled back never is.
 */
@TandemTest
class CatalogueCacheTest {

	@Autowired
	Organisations organisations;

	@Autowired
	Curriculum curriculum;

	@Autowired
	Tenancy tenancy;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	OrganisationId organisation;

	Step step;

	@BeforeEach
	void anOrganisationWithItsCatalogue() {
		this.organisation = this.organisations
			.create("Kalix " + UUID.randomUUID(), Locale.forLanguageTag("sv"), ZoneId.of("Europe/Stockholm"))
			.id();
		this.step = firstStep();
	}

	@Test
	void aCopyIsUsedWhileTheVersionStands() {
		firstStep();
		// Written behind the application's back, without raising the version: the
		// copy in memory is what the next read shows, so the catalogue is not read again.
		retitleInTheDatabase("Behind its back", false);

		assertThat(firstStep().title().sv()).isEqualTo(this.step.title().sv());
	}

	@Test
	void aChangeByAnotherInstanceIsSeenAsSoonAsTheVersionIsRaised() {
		firstStep();

		retitleInTheDatabase("Ändrad på en annan server", true);

		assertThat(firstStep().title().sv()).isEqualTo("Ändrad på en annan server");
	}

	@Test
	void aChangeThroughTheCurriculumIsSeenAtTheNextRead() {
		firstStep();

		retitle("Öppna appen");

		assertThat(firstStep().title().sv()).isEqualTo("Öppna appen");
	}

	@Test
	void aChangeThatWasRolledBackIsNeverShownEvenWhenTheVersionComesAroundAgain() {
		firstStep();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			retitle("Aldrig sparad");
			assertThat(firstStep().title().sv()).isEqualTo("Aldrig sparad");
			status.setRollbackOnly();
		});

		// Raises the version to the number the rolled-back change had.
		retitle("Sparad");

		assertThat(firstStep().title().sv()).isEqualTo("Sparad");
	}

	private Step firstStep() {
		return this.tenancy.callAs(this.organisation, () -> this.curriculum.topics().get(0).steps().get(0));
	}

	private void retitle(String title) {
		this.tenancy.runAs(this.organisation, () -> {
			Step now = this.curriculum.step(this.step.id());
			this.curriculum.changeStep(now.id(), new StepChanges(now.version(), now.position(),
					new LocalizedText(title, title), now.competence(), now.level(), now.devices()));
		});
	}

	private void retitleInTheDatabase(String title, boolean raiseTheVersion) {
		this.tenancy.runAs(this.organisation, () -> {
			this.jdbc.sql("update curriculum_step set title_sv = :title where id = :id and organisation_id = :tenant")
				.param("title", title)
				.param("id", this.step.id().value())
				.update();
			if (raiseTheVersion) {
				this.jdbc.sql("update curriculum_catalogue set version = version + 1 where organisation_id = :tenant")
					.update();
			}
		});
	}

}
