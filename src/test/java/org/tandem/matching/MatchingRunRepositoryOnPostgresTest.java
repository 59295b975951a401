package org.tandem.matching;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link MatchingRunRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class MatchingRunRepositoryOnPostgresTest extends MatchingRunRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
