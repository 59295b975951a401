package org.tandem.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that tests can move time (lock-outs, expiries,
 * reminders) without sleeping.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
