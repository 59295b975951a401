package org.tandem.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends what is due every {@code tandem.notifications.interval} (half a minute), on every
 * instance where {@code tandem.notifications.scheduled} is on (the default; the tests
 * turn it off and call {@link Notifications#deliverDue()} themselves). Instances never
 * send one message twice, so running the job on each of them only spreads the work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "tandem.notifications", name = "scheduled", havingValue = "true", matchIfMissing = true)
class DeliveryJob {

	private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);

	private final Notifications notifications;

	DeliveryJob(Notifications notifications) {
		this.notifications = notifications;
	}

	@Scheduled(initialDelayString = "${tandem.notifications.interval:30s}",
			fixedDelayString = "${tandem.notifications.interval:30s}")
	void deliver() {
		try {
			DeliveryRound round = this.notifications.deliverDue();
			if (round.sent() + round.retrying() + round.failed() + round.skipped() > 0) {
				log.info("Delivery round: {} sent, {} to retry, {} failed, {} skipped", round.sent(), round.retrying(),
						round.failed(), round.skipped());
			}
		}
		catch (RuntimeException failure) {
			// The next round tries again; only the type, as a message may quote data.
			log.error("Delivery round failed: {}", failure.getClass().getName());
		}
	}

}
