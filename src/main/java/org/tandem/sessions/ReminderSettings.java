package org.tandem.sessions;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out. Whether and how often the job runs
 * ({@code tandem.sessions.reminders.scheduled} and {@code .interval}) is
 * {@link ReminderJob}'s to read.
 *
 * @param offsets how long before an occurrence starts each reminder is due, e.g.
 * {@code 7d} and {@code 1d}; kept longest first
 */
@ConfigurationProperties("tandem.sessions.reminders")
record ReminderSettings(@DefaultValue( {
		"7d", "1d" }) List<Duration> offsets){

	ReminderSettings {
		if (offsets.isEmpty() || offsets.stream().anyMatch((offset) -> offset.isNegative() || offset.isZero())) {
			throw new IllegalArgumentException("tandem.sessions.reminders.offsets are one or more positive durations");
		}
		offsets = offsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
	}

	Duration longest() {
		return this.offsets.get(0);
	}

	Duration shortest() {
		return this.offsets.get(this.offsets.size() - 1);
	}

}
