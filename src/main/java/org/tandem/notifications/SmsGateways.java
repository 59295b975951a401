package org.tandem.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS gateway of this installation: 46elks when its account is set up, otherwise one
 * that refuses every message with the reason, so that nothing is dropped in silence.
 */
@Configuration(proxyBeanMethods = false)
class SmsGateways {

	static final String NOT_CONFIGURED = "No SMS provider configured (set tandem.sms.46elks.username and password)";

	@Bean
	SmsGateway smsGateway(ElksSettings settings) {
		if (settings.configured()) {
			return new ElksSmsGateway(settings);
		}
		return (to, text) -> {
			throw SendFailed.notConfigured(NOT_CONFIGURED);
		};
	}

}
