package org.tandem.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;

/**
 * Starts the whole application for a benchmark command on the database it names:
 * {@code h2} (in memory, as in the tests) or {@code postgres} (from
 * {@code TANDEM_TEST_POSTGRES_URL}). The database settings go in as command-line
 * arguments, which outrank the test profile's file, and the database the application
 * really connected to is printed, so a figure is never reported for the wrong one.
 */
public final class BenchmarkApplication {

	private BenchmarkApplication() {
	}

	public static ConfigurableApplicationContext start(String database, String... properties) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--server.port=0");
		arguments.add("--logging.level.org.tandem=WARN");
		for (String property : properties) {
			arguments.add("--" + property);
		}
		if (database.equals("postgres")) {
			String url = System.getenv("TANDEM_TEST_POSTGRES_URL");
			if (url == null || url.isBlank()) {
				throw new IllegalStateException("Set TANDEM_TEST_POSTGRES_URL to benchmark on PostgreSQL");
			}
			arguments.add("--spring.datasource.url=" + url);
			arguments.add("--spring.datasource.username=" + env("TANDEM_TEST_POSTGRES_USER", "tandem"));
			arguments.add("--spring.datasource.password=" + env("TANDEM_TEST_POSTGRES_PASSWORD", "tandem"));
		}
		else if (database.equals("h2")) {
			// The test profile's in-memory H2, except that H2 keeps no prepared queries
			// between statements, so it cannot hand back the last result when a benchmark
			// repeats a search: the figures must be what the query costs, not a cache.
			arguments.add("--spring.datasource.url=jdbc:h2:mem:tandem-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
		}
		else {
			throw new IllegalArgumentException("Unknown database " + database + ": say h2 or postgres");
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(TandemApplication.class).profiles("test")
			.run(arguments.toArray(String[]::new));
		try (Connection connection = app.getBean(DataSource.class).getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			System.out.printf("Database: %s %s at %s%n", meta.getDatabaseProductName(),
					meta.getDatabaseProductVersion(), meta.getURL());
		}
		catch (SQLException ex) {
			app.close();
			throw new IllegalStateException("Cannot reach the benchmark's database", ex);
		}
		return app;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
