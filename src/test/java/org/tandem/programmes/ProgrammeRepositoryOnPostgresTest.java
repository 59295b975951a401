package org.tandem.programmes;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link ProgrammeRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class ProgrammeRepositoryOnPostgresTest extends ProgrammeRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
