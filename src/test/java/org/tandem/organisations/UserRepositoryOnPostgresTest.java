package org.tandem.organisations;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link UserRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class UserRepositoryOnPostgresTest extends UserRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
