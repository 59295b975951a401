package org.tandem.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;
import org.tandem.notifications.MessageKind;
import org.tandem.notifications.Notifications;
import org.tandem.people.PersonId;
import org.tandem.sessions.SessionRepository.BookedPlace;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * Reminds the people booked in planned occurrences that they are coming up, a set time
 * before (by default 7 days and 1 day), in every organisation. The rules, as a senior
 * would expect them:
 * <ul>
 * <li>One reminder at a time: when several are due at once (the job was not running, or
 * the place was booked late), only the one nearest the start goes out.</li>
 * <li>A reminder whose time had passed when the person got their place is not sent,
 * unless it is the last one before the start: booked three days ahead, a senior gets
 * their confirmation and the 1-day reminder, not a 7-day one; booked twenty hours ahead,
 * the 1-day reminder.</li>
 * <li>Nothing for an occurrence that has started, was called off or skipped, nor for a
 * sign-up that was cancelled or is waiting.</li>
 * </ul>
 * Each reminder's dedupe key is the occurrence, the person, the offset and the start, so
 * that running the job again (or on two instances at once) sends nothing more, while an
 * occurrence moved to another time gets reminders for its new time.
 * <p>
 * Each round reads, per organisation, the booked places in occurrences starting within
 * the longest offset (by the index on status and start), asks the outbox in bulk which
 * reminders it has already, and writes out only the others.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final SessionRepository sessions;

	private final Announcements announcements;

	private final Notifications notifications;

	private final ReminderSettings settings;

	private final Tenancy tenancy;

	private final Clock clock;

	Reminders(SessionRepository sessions, Announcements announcements, Notifications notifications,
			ReminderSettings settings, Tenancy tenancy, Clock clock) {
		this.sessions = sessions;
		this.announcements = announcements;
		this.notifications = notifications;
		this.settings = settings;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/**
	 * Queues every reminder that is due now, in every organisation. Call it outside any
	 * transaction; the reminder job calls it every few minutes.
	 * @return how many reminders were queued
	 */
	int remindDue() {
		Instant now = this.clock.instant();
		int queued = 0;
		for (OrganisationId organisation : this.sessions.organisationsWithPlanned(now,
				now.plus(this.settings.longest()))) {
			try (MDC.MDCCloseable ignored = MDC.putCloseable("org", organisation.toString())) {
				queued += this.tenancy.callAs(organisation, () -> remindDue(now));
			}
		}
		return queued;
	}

	private int remindDue(Instant now) {
		Map<String, BookedPlace> due = new LinkedHashMap<>();
		Map<OccurrenceId, List<PersonId>> booked = new LinkedHashMap<>();
		for (BookedPlace place : this.sessions.bookedPlaces(now, now.plus(this.settings.longest()))) {
			booked.computeIfAbsent(place.occurrence().id(), (id) -> new ArrayList<>()).add(place.person());
			offsetDue(this.settings, place.occurrence().start(), place.bookedAt(), now)
				.ifPresent((offset) -> due.put(dedupeKey(place, offset), place));
		}
		due.keySet().removeAll(this.notifications.existingDedupeKeys(due.keySet()));
		if (due.isEmpty()) {
			return 0;
		}
		Set<PersonId> everyone = new LinkedHashSet<>();
		due.values().forEach((place) -> everyone.addAll(booked.get(place.occurrence().id())));
		Announcements.Batch batch = this.announcements.about(everyone);
		due.forEach((key, place) -> batch.send(place.occurrence(), MessageKind.REMINDER, null, place.person(),
				booked.get(place.occurrence().id()), key));
		if (batch.sent() > 0) {
			log.info("Reminders: {} queued", batch.sent());
		}
		return batch.sent();
	}

	/**
	 * The reminder due now for an occurrence starting at {@code start} and booked at
	 * {@code bookedAt}: the nearest offset whose time has come, unless the place was
	 * booked after that time and a later reminder is still to come.
	 */
	static Optional<Duration> offsetDue(ReminderSettings settings, Instant start, @Nullable Instant bookedAt,
			Instant now) {
		if (!start.isAfter(now)) {
			return Optional.empty();
		}
		Optional<Duration> nearest = settings.offsets()
			.stream()
			.filter((offset) -> !start.minus(offset).isAfter(now))
			.reduce((longer, shorter) -> shorter);
		if (nearest.isEmpty()) {
			return nearest;
		}
		boolean last = nearest.get().equals(settings.shortest());
		boolean bookedLate = bookedAt != null && bookedAt.isAfter(start.minus(nearest.get()));
		return (bookedLate && !last) ? Optional.empty() : nearest;
	}

	static String dedupeKey(BookedPlace place, Duration offset) {
		return "reminder:" + place.occurrence().id() + ":" + place.person() + ":" + offset + ":"
				+ place.occurrence().start().getEpochSecond();
	}

}
