package org.tandem.people;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link PersonRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class PersonRepositoryOnPostgresTest extends PersonRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
