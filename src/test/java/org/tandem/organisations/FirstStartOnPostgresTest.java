package org.tandem.organisations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.testing.OnPostgres;
import org.tandem.testing.TestPostgres;

/**
 * {@link FirstStartContract} on PostgreSQL, in a schema of its own that Flyway creates
 * and the test drops, so the database is as empty as a new installation's.
 */
@OnPostgres
class FirstStartOnPostgresTest extends FirstStartContract {

	static final String SCHEMA = "first_start_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
		registry.add("spring.datasource.url", () -> TestPostgres.url() + "?currentSchema=" + SCHEMA);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
		registry.add("spring.flyway.create-schemas", () -> "true");
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestPostgres.url(), TestPostgres.user(),
				TestPostgres.password())) {
			connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

}
