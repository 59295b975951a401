package org.tandem.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends.
 *
 * Whether and how often the job runs ({@code tandem.notifications.scheduled} and
 * {@code .interval}) is {@link DeliveryJob}'s to read.
 *
 * @param retryDelays the wait after each failed attempt, in order; a message has one
 * attempt more than there are delays, then it fails
 * @param lease how long a claim holds: a message SENDING for longer belongs to an
 * instance that stopped, and is taken back. Far longer than a send may take (the mail and
 * SMS clients give up after well under a minute).
 * @param batch how many due messages an organisation's round reads at a time
 */
@ConfigurationProperties("tandem.notifications")
record NotificationSettings(@DefaultValue( {
		"1m", "5m", "30m" }) List<Duration> retryDelays, @DefaultValue("10m") Duration lease,
		@DefaultValue("100") int batch){

	NotificationSettings {
		retryDelays = List.copyOf(retryDelays);
		if (batch < 1) {
			throw new IllegalArgumentException("tandem.notifications.batch must be at least 1");
		}
	}

	/** The attempts a message has before it fails. */
	int maxAttempts() {
		return this.retryDelays.size() + 1;
	}

}
