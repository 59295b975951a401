package org.tandem.logbook;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link LogbookRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class LogbookRepositoryOnPostgresTest extends LogbookRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
