package org.tandem.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator records about a mentor's training. Checks itself: a day, 0.25 to 24
 * hours in quarters, and a description of up to 200 characters.
 *
 * @param date the day of the training
 * @param hours how long it was, in hours
 * @param what what it was about
 */
public record TrainingDetails(LocalDate date, BigDecimal hours, String what) {

	static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);

	static final BigDecimal QUARTER = new BigDecimal("0.25");

	static final int MAX_WHAT = 200;

	public TrainingDetails(@Nullable LocalDate date, @Nullable BigDecimal hours, @Nullable String what) {
		if (date == null) {
			throw new TrainingRefused("date", "Required");
		}
		if (hours == null) {
			throw new TrainingRefused("hours", "Required");
		}
		if (hours.compareTo(QUARTER) < 0 || hours.compareTo(MOST_HOURS) > 0 || hours.remainder(QUARTER).signum() != 0) {
			throw new TrainingRefused("hours", "HoursOutOfRange", MOST_HOURS);
		}
		String stripped = (what != null) ? what.strip() : "";
		if (stripped.isEmpty()) {
			throw new TrainingRefused("what", "Required");
		}
		if (stripped.length() > MAX_WHAT) {
			throw new TrainingRefused("what", "WhatTooLong", MAX_WHAT);
		}
		this.date = date;
		this.hours = hours.setScale(2);
		this.what = stripped;
	}

}
