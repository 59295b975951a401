package org.tandem.testing;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with one the tests can move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now());
	}

}
