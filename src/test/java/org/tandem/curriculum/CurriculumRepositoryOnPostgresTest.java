package org.tandem.curriculum;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link CurriculumRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class CurriculumRepositoryOnPostgresTest extends CurriculumRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
