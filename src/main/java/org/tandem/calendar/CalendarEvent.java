package org.tandem.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A session as a calendar shows it: a single session, the first occurrence of a series,
 * or one changed occurrence of a series.
 *
 * @param summary the title, for example "BankID och Swish"
 * @param description more about it, or {@code null}; the feed adds the room, the people
 * and the meeting link below it
 * @param start when it starts, in the organisation's time zone
 * ({@code Organisations.current().timeZone()}), in which a series' dates are read
 * @param end when it ends, after {@code start}
 * @param place the venue, or {@code null} for an online session
 * @param meetingLink the address of an online meeting (http or https), or {@code null}
 * @param people the first names of those taking part, shown in the description (never
 * e-mail addresses or phone numbers)
 * @param status whether it takes place
 * @param sequence the revision, starting at 0, raised by one each time the date, time or
 * status changes, so that calendars replace what they showed
 * @param lastModified when it last changed
 */
public record CalendarEvent(String summary, @Nullable String description, ZonedDateTime start, ZonedDateTime end,
		@Nullable CalendarPlace place, @Nullable URI meetingLink, List<String> people, CalendarStatus status,
		int sequence, Instant lastModified) {

	public CalendarEvent {
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(lastModified, "lastModified");
		if (summary.isBlank()) {
			throw new IllegalArgumentException("A calendar event has a summary");
		}
		summary = summary.strip();
		description = (description == null || description.isBlank()) ? null : description.strip();
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A calendar event ends after it starts: " + start + " to " + end);
		}
		if (meetingLink != null && !isWebAddress(meetingLink)) {
			throw new IllegalArgumentException("A meeting link is an absolute http or https address");
		}
		people = people.stream().filter((name) -> !name.isBlank()).map(String::strip).toList();
		if (sequence < 0) {
			throw new IllegalArgumentException("A sequence number is 0 or more: " + sequence);
		}
	}

	/** The same event at another time, as when one occurrence of a series is moved. */
	public CalendarEvent movedTo(ZonedDateTime newStart, ZonedDateTime newEnd) {
		return new CalendarEvent(this.summary, this.description, newStart, newEnd, this.place, this.meetingLink,
				this.people, this.status, this.sequence, this.lastModified);
	}

	/** The same event, called off. */
	public CalendarEvent cancelled() {
		return new CalendarEvent(this.summary, this.description, this.start, this.end, this.place, this.meetingLink,
				this.people, CalendarStatus.CANCELLED, this.sequence, this.lastModified);
	}

	/** The same event as revision {@code sequence}, changed at {@code modified}. */
	public CalendarEvent revised(int sequence, Instant modified) {
		return new CalendarEvent(this.summary, this.description, this.start, this.end, this.place, this.meetingLink,
				this.people, this.status, sequence, modified);
	}

	private static boolean isWebAddress(URI link) {
		String scheme = link.getScheme();
		return link.isAbsolute() && link.getHost() != null
				&& ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
	}

}
