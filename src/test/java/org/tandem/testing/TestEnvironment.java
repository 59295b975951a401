package org.tandem.testing;

import java.util.Optional;

/**
 * Reads test settings from system properties first, then the environment.
 */
final class TestEnvironment {

	private TestEnvironment() {
	}

	static Optional<String> setting(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			value = System.getenv(name);
		}
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value);
	}

	static boolean isCi() {
		return setting("CI").map("true"::equalsIgnoreCase).orElse(false);
	}

}
