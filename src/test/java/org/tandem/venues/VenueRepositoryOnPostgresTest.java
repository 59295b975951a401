package org.tandem.venues;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link VenueRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class VenueRepositoryOnPostgresTest extends VenueRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
