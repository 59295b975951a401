package org.tandem.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * A clock a test can move forward, so that lock-outs and expiries are tested without
 * sleeping.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * Sets the clock to {@code moment} until it is moved again: for a test that needs
	 * fixed calendar facts (a weekday, a daylight-saving change, days still to come)
	 * whatever the real date. Tests share the clock with every test of their Spring
	 * context, so set it back afterwards to what this returned.
	 * @return what the clock showed before
	 */
	public synchronized Instant set(Instant moment) {
		Instant before = this.now;
		this.now = moment;
		return before;
	}

	/**
	 * Does some work as if it were {@code moment} (to plan a session that has taken place
	 * by now, say), then sets the clock back to where it was.
	 */
	public synchronized <T> T at(Instant moment, Supplier<T> work) {
		Instant before = this.now;
		this.now = moment;
		try {
			return work.get();
		}
		finally {
			this.now = before;
		}
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
