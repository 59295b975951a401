package org.tandem.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a weekly series that differs from the rest: moved to another time or
 * place, or called off ({@link CalendarStatus#CANCELLED}).
 *
 * @param originalDate the date the occurrence had by the series' rule
 * @param event the occurrence as it now is, with its own times and sequence number
 */
public record ChangedOccurrence(LocalDate originalDate, CalendarEvent event) {

	public ChangedOccurrence {
		Objects.requireNonNull(originalDate, "originalDate");
		Objects.requireNonNull(event, "event");
	}

	public boolean cancelled() {
		return this.event.status() == CalendarStatus.CANCELLED;
	}

}
