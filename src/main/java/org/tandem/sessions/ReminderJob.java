package org.tandem.sessions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Queues the reminders that are due every {@code tandem.sessions.reminders.interval}
 * (five minutes), on every instance where {@code tandem.sessions.reminders.scheduled} is
 * on (the default; the tests turn it off and call {@link Reminders#remindDue()}
 * themselves). A reminder's dedupe key makes it one message however many instances ask
 * for it, so running the job on each of them only repeats the question.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "tandem.sessions.reminders", name = "scheduled", havingValue = "true",
		matchIfMissing = true)
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(initialDelayString = "${tandem.sessions.reminders.interval:5m}",
			fixedDelayString = "${tandem.sessions.reminders.interval:5m}")
	void remind() {
		try {
			this.reminders.remindDue();
		}
		catch (RuntimeException failure) {
			// The next round tries again; only the type, as a message may quote data.
			log.error("Reminder round failed: {}", failure.getClass().getName());
		}
	}

}
