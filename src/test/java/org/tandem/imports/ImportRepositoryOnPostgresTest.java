package org.tandem.imports;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link ImportRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class ImportRepositoryOnPostgresTest extends ImportRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
