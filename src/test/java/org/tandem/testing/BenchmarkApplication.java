package org.tandem.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/**
	 * Removes an organisation and everything in it: every table with an
	 * {@code organisation_id} column, found in the database's catalogue so that tables
	 * added later are not forgotten, emptied of the organisation's rows in rounds until
	 * foreign keys no longer hold any back.
	 */
	public static void deleteOrganisation(ConfigurableApplicationContext app, UUID organisation) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		List<String> tables = new ArrayList<>(jdbc.sql("""
				select table_name from information_schema.columns
				 where column_name = 'organisation_id' and table_schema = current_schema()
				""").query(String.class).list());
		for (int round = 0; !tables.isEmpty(); round++) {
			if (round > tables.size() + 1) {
				throw new IllegalStateException("Cannot empty " + tables + " of organisation " + organisation);
			}
			for (String table : List.copyOf(tables)) {
				try {
					jdbc.sql("delete from " + table + " where organisation_id = :id")
						.param("id", organisation)
						.update();
					tables.remove(table);
				}
				catch (DataIntegrityViolationException stillReferenced) {
					// Another table's rows point here; its turn comes first.
				}
			}
		}
		jdbc.sql("delete from organisation where id = :id").param("id", organisation).update();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
