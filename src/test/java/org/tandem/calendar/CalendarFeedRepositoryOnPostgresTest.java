package org.tandem.calendar;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link CalendarFeedRepositoryContract} on PostgreSQL, the production database.
 */
@OnPostgres
class CalendarFeedRepositoryOnPostgresTest extends CalendarFeedRepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
