package org.tandem.organisations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation table, as both databases must behave.
 */
abstract class OrganisationRepositoryContract extends RepositoryContract {

	@Test
	void readsBackWhatWasStored() {
		String name = "Fjarðabyggð " + unique("org");
		Organisation stored = newOrganisation(name);

		assertThat(this.tenancy.callAs(stored.id(), () -> this.organisations.current())).contains(stored);
		assertThat(this.organisations.findByName(name)).contains(stored);
		assertThat(this.organisations.anyExists()).isTrue();
	}

	@Test
	void theCurrentOrganisationIsOnlyEverYourOwn() {
		Organisation skelleftea = newOrganisation("Skellefteå " + unique("org"));
		Organisation limerick = newOrganisation("Limerick " + unique("org"));

		assertThat(this.tenancy.callAs(limerick.id(), () -> this.organisations.current())).contains(limerick);
		assertThat(this.tenancy.callAs(skelleftea.id(), () -> this.organisations.current())).contains(skelleftea);
	}

}
