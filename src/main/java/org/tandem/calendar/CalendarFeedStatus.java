package org.tandem.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a person has a calendar feed, as coordinators see it: never its secret.
 *
 * @param active whether the person has a feed that works
 * @param createdAt when the active feed was made, or {@code null}
 * @param lastFetchedAt when a calendar app last fetched it (noted at most hourly), or
 * {@code null}
 */
public record CalendarFeedStatus(boolean active, @Nullable Instant createdAt, @Nullable Instant lastFetchedAt) {

	static final CalendarFeedStatus NONE = new CalendarFeedStatus(false, null, null);

}
