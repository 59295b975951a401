package org.tandem.calendar;

import java.time.Instant;

/**
 * A newly made calendar feed with its secret address, shown once. Only a hash of the
 * secret is kept.
 *
 * @param path the feed's path on this site, {@code /calendar/<secret>.ics}
 * @param createdAt when it was made
 */
public record IssuedCalendarFeed(String path, Instant createdAt) {

	@Override
	public String toString() {
		return "IssuedCalendarFeed[made " + this.createdAt + "]";
	}

}
