package org.tandem.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which reminder is due, as a senior would expect: one at a time, the nearest to the
 * start; not one whose time had passed when the place was booked, unless it is the last
 * one before the start; none once the session has started.
 */
class ReminderRulesTest {

	static final Duration WEEK = Duration.ofDays(7);

	static final Duration DAY = Duration.ofDays(1);

	static final ReminderSettings SETTINGS = new ReminderSettings(List.of(DAY, WEEK));

	static final Instant START = Instant.parse("2026-12-01T13:00:00Z");

	static final Instant LONG_AGO = START.minus(Duration.ofDays(30));

	static Optional<Duration> due(Instant bookedAt, Duration beforeStart) {
		return Reminders.offsetDue(SETTINGS, START, bookedAt, START.minus(beforeStart));
	}

	@Test
	void theWeekBeforeReminderIsDueAWeekBeforeAndNotEarlier() {
		assertThat(due(LONG_AGO, Duration.ofDays(8))).isEmpty();
		assertThat(due(LONG_AGO, WEEK)).contains(WEEK);
		assertThat(due(LONG_AGO, Duration.ofDays(3))).contains(WEEK);
	}

	@Test
	void whenBothAreDueOnlyTheNearestGoesOut() {
		assertThat(due(LONG_AGO, Duration.ofHours(20))).contains(DAY);
	}

	@Test
	void bookedThreeDaysAheadThereIsNoWeekBeforeReminderButTheDayBeforeOne() {
		Instant booked = START.minus(Duration.ofDays(3));

		assertThat(due(booked, Duration.ofDays(3))).isEmpty();
		assertThat(due(booked, Duration.ofDays(2))).isEmpty();
		assertThat(due(booked, DAY)).contains(DAY);
	}

	@Test
	void bookedTwentyHoursAheadOnlyTheDayBeforeReminder() {
		Instant booked = START.minus(Duration.ofHours(20));

		assertThat(due(booked, Duration.ofHours(20))).contains(DAY);
		assertThat(due(booked, Duration.ofHours(2))).contains(DAY);
	}

	@Test
	void noneOnceTheSessionHasStarted() {
		assertThat(Reminders.offsetDue(SETTINGS, START, LONG_AGO, START)).isEmpty();
		assertThat(Reminders.offsetDue(SETTINGS, START, LONG_AGO, START.plusSeconds(60))).isEmpty();
	}

	@Test
	void offsetsAreKeptLongestFirstAndMustBePositive() {
		assertThat(SETTINGS.offsets()).containsExactly(WEEK, DAY);
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderSettings(List.of(Duration.ZERO)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderSettings(List.of()));
	}

}
