package org.tandem.matching;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * The mentors near a newcomer kept and brought up to date as in
 * {@link MentorsNearANewcomerTest}, on PostgreSQL, the production database: the change
 * count is taken under the row's lock and the notes are numbered by it there too.
 */
@OnPostgres
class MentorsNearANewcomerOnPostgresTest extends MentorsNearANewcomerTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
