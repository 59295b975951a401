package org.tandem.testing;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests also run on, named by {@code TANDEM_TEST_POSTGRES_URL},
 * {@code _USER} and {@code _PASSWORD} (environment or {@code -D} system properties).
 * Without it, PostgreSQL tests are skipped on a developer's machine and fail the build
 * when {@code CI=true}, so CI can never pass by silently not testing PostgreSQL.
 */
public final class TestPostgres implements ExecutionCondition {

	static final String URL = "TANDEM_TEST_POSTGRES_URL";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (setting(URL).isPresent()) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + setting(URL).get());
		}
		if (TestEnvironment.isCi()) {
			throw new IllegalStateException("CI=true but " + URL + " is not set: PostgreSQL tests cannot be skipped");
		}
		return ConditionEvaluationResult.disabled(URL + " is not set; see README, 'Running the tests'");
	}

	/** Points the Spring test context at the PostgreSQL test database. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestPostgres::url);
		registry.add("spring.datasource.username", TestPostgres::user);
		registry.add("spring.datasource.password", TestPostgres::password);
		// Several cached test contexts, and other branches' builds, share one server:
		// small pools keep them all under its connection limit.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> 4);
	}

	public static String url() {
		return setting(URL).orElseThrow();
	}

	public static String user() {
		return setting("TANDEM_TEST_POSTGRES_USER").orElse("tandem");
	}

	public static String password() {
		return setting("TANDEM_TEST_POSTGRES_PASSWORD").orElse("tandem");
	}

	static Optional<String> setting(String name) {
		return TestEnvironment.setting(name);
	}

}
