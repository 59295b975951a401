package org.tandem.organisations;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link OrganisationRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class OrganisationRepositoryOnPostgresTest extends OrganisationRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
