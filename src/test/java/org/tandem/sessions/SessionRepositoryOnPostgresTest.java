package org.tandem.sessions;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link SessionRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class SessionRepositoryOnPostgresTest extends SessionRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
