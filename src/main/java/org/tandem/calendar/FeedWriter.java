package org.tandem.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.organisations.Organisation;

/**
 * Writes a person's calendar entries as one iCalendar object (RFC 5545) with ical4j,
 * which escapes and folds the text: a published, read-only calendar in the organisation's
 * time zone, with its texts in the organisation's language.
 * <p>
 * Choices made for the calendar apps people use (Google Calendar, Outlook, Apple
 * Calendar):
 * <ul>
 * <li>A cancelled occurrence of a series is left out with EXDATE rather than sent as an
 * override with STATUS:CANCELLED. Every app honours EXDATE on a subscribed calendar,
 * while Google and Outlook show a cancelled override like any other occurrence, which
 * would send a senior to a session that is not held.</li>
 * <li>A cancelled single session stays in the feed with STATUS:CANCELLED and its summary
 * starting with "Cancelled:" ("Inställt:"), so that the app that honours the status hides
 * or strikes it and every other still says it is off, rather than the session silently
 * disappearing.</li>
 * <li>People are named in the description, never as ATTENDEE: an attendee is a calendar
 * address (an e-mail address), which would put mentors' and seniors' addresses into
 * everyone's calendar and invite apps to send replies.</li>
 * <li>There is no ORGANIZER for the same reason; it is a published calendar, not an
 * invitation.</li>
 * </ul>
 */
@Component
class FeedWriter {

	/**
	 * How often apps should fetch again: Outlook and Apple read these; Google has its own
	 * pace.
	 */
	static final Duration REFRESH = Duration.ofHours(1);

	private final MessageSource messages;

	FeedWriter(MessageSource messages) {
		this.messages = messages;
	}

	String write(Organisation organisation, List<CalendarSeries> entries, Instant now) {
		ZoneId zone = organisation.timeZone();
		Texts texts = new Texts(organisation.defaultLocale());
		Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(
				"-//Tandem//Calendar feed//" + organisation.defaultLocale().getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", texts.get("calendar.ics.name", organisation.name())));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		calendar.add(TimeZoneDefinition.of(zone, now));
		for (CalendarSeries series : entries) {
			components(series, zone, texts, stamp).forEach(calendar::add);
		}
		StringWriter out = new StringWriter();
		try {
			// Validated by the tests; a feed is written even if ical4j would find fault,
			// rather than leaving a person's calendar without any sessions.
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Not validating, yet validation failed", ex);
		}
		return out.toString();
	}

	/**
	 * The series' VEVENT, then one VEVENT per changed occurrence that still takes place.
	 */
	private List<VEvent> components(CalendarSeries series, ZoneId zone, Texts texts, Instant stamp) {
		List<VEvent> events = new ArrayList<>();
		VEvent master = event(series.uid(), series.event(), zone, texts, stamp);
		events.add(master);
		WeeklyRecurrence recurrence = series.recurrence();
		if (recurrence == null) {
			return events;
		}
		LocalTime timeOfDay = series.event().start().withZoneSameInstant(zone).toLocalTime();
		master.add(new RRule<>(rule(recurrence, timeOfDay, zone)));
		SortedSet<LocalDate> excluded = new TreeSet<>(series.skipped());
		for (ChangedOccurrence change : series.changes()) {
			if (change.cancelled()) {
				excluded.add(change.originalDate());
			}
			else {
				VEvent occurrence = event(series.uid(), change.event(), zone, texts, stamp);
				occurrence.add(new RecurrenceId<>(occurrenceStart(change.originalDate(), timeOfDay, zone)));
				events.add(occurrence);
			}
		}
		if (!excluded.isEmpty()) {
			List<ZonedDateTime> starts = excluded.stream()
				.map((date) -> occurrenceStart(date, timeOfDay, zone))
				.toList();
			master.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(starts)));
		}
		return events;
	}

	private VEvent event(String uid, CalendarEvent event, ZoneId zone, Texts texts, Instant stamp) {
		boolean cancelled = event.status() == CalendarStatus.CANCELLED;
		List<Property> properties = new ArrayList<>();
		properties.add(new Uid(uid));
		properties.add(new DtStamp(stamp));
		properties.add(new DtStart<>(event.start().withZoneSameInstant(zone)));
		properties.add(new DtEnd<>(event.end().withZoneSameInstant(zone)));
		properties.add(new Summary(cancelled ? texts.get("calendar.ics.cancelled", event.summary()) : event.summary()));
		String description = description(event, texts);
		if (description != null) {
			properties.add(new Description(description));
		}
		String location = location(event);
		if (location != null) {
			properties.add(new Location(location));
		}
		if (event.meetingLink() != null) {
			properties.add(new Url(event.meetingLink()));
		}
		properties.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		// A cancelled session leaves the time free.
		properties.add(cancelled ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
		properties.add(new Sequence(event.sequence()));
		properties.add(new LastModified(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
		return new VEvent(new PropertyList(properties));
	}

	/** The venue and its address, or for an online session the meeting's address. */
	private static @Nullable String location(CalendarEvent event) {
		CalendarPlace place = event.place();
		if (place != null) {
			return (place.address() != null) ? place.venue() + ", " + place.address() : place.venue();
		}
		return (event.meetingLink() != null) ? event.meetingLink().toString() : null;
	}

	/** The event's own description, then the room, the people and the meeting link. */
	private static @Nullable String description(CalendarEvent event, Texts texts) {
		List<String> details = new ArrayList<>();
		CalendarPlace place = event.place();
		if (place != null && place.room() != null) {
			details.add(texts.get("calendar.ics.room", place.room()));
		}
		if (!event.people().isEmpty()) {
			details.add(texts.get("calendar.ics.people", String.join(", ", event.people())));
		}
		if (event.meetingLink() != null) {
			details.add(texts.get("calendar.ics.meetingLink", event.meetingLink().toString()));
		}
		List<String> parts = new ArrayList<>();
		if (event.description() != null) {
			parts.add(event.description());
		}
		if (!details.isEmpty()) {
			parts.add(String.join("\n", details));
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/**
	 * Weekly on the first occurrence's weekday. UNTIL is the end of the last date in the
	 * organisation's zone, written in UTC as RFC 5545 requires when DTSTART has a TZID.
	 */
	private static Recur<Temporal> rule(WeeklyRecurrence recurrence, LocalTime timeOfDay, ZoneId zone) {
		Recur.Builder<Temporal> rule = new Recur.Builder<>().frequency(Frequency.WEEKLY)
			.interval(recurrence.interval());
		LocalDate until = recurrence.until();
		if (until != null) {
			rule.until(until.atTime(LocalTime.MAX).atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS));
		}
		if (recurrence.count() != null) {
			rule.count(recurrence.count());
		}
		return rule.build();
	}

	/** The start an occurrence has by the rule: its date at the series' time of day. */
	private static ZonedDateTime occurrenceStart(LocalDate date, LocalTime timeOfDay, ZoneId zone) {
		return date.atTime(timeOfDay).atZone(zone);
	}

	/** The feed's texts, in the organisation's language. */
	private final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object argument) {
			return FeedWriter.this.messages.getMessage(key, new Object[] { argument }, this.locale);
		}

	}

}
