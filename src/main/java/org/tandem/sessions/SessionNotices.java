package org.tandem.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.notifications.MessageKind;
import org.tandem.people.PersonId;
import org.tandem.system.Tenancy;

/**
 * Tells the people booked in a session what happened to it, once the change is committed:
 * a confirmation when it is planned or a senior gets a workshop place, a change notice
 * with the previous time when an occurrence moves, a cancellation when one is called off.
 * People on the waiting list or who cancelled their sign-up are not told.
 * <p>
 * Each message has a dedupe key, so that handling an event twice (a retry) sends nothing
 * more, while a second real change does send: a change or cancellation is keyed by the
 * occurrence's sequence number, which every change raises, and a workshop place by the
 * moment it was given. What a message says is read when the event is handled, so a change
 * handled after a later one describes the occurrence as it now is.
 */
@Component
class SessionNotices {

	private final SessionRepository sessions;

	private final Announcements announcements;

	private final Tenancy tenancy;

	private final Clock clock;

	SessionNotices(SessionRepository sessions, Announcements announcements, Tenancy tenancy, Clock clock) {
		this.sessions = sessions;
		this.announcements = announcements;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/** Every booked mentor and senior: the next meeting is booked. */
	@ApplicationModuleListener
	void on(SessionPlanned planned) {
		this.tenancy.runAs(planned.organisation(), () -> this.sessions.find(planned.session()).ifPresent((session) -> {
			List<PersonId> booked = session.booked();
			confirm(session, booked, booked, (person) -> "confirmation:" + session.id() + ":" + person);
		}));
	}

	/** The senior who got a workshop place, at sign-up or from the waiting list. */
	@ApplicationModuleListener
	void on(WorkshopPlaceGiven given) {
		this.tenancy.runAs(given.organisation(), () -> this.sessions.find(given.session()).ifPresent((session) -> {
			Optional<Instant> bookedAt = this.sessions.bookedAt(session.id(), given.senior());
			if (bookedAt.isEmpty()) {
				// Gave the place up again before this was handled.
				return;
			}
			confirm(session, List.of(given.senior()), session.booked(),
					(person) -> "confirmation:" + session.id() + ":" + person + ":" + bookedAt.get().toEpochMilli());
		}));
	}

	/** Every booked person: the occurrence has a new time or place. */
	@ApplicationModuleListener
	void on(SessionChanged changed) {
		this.tenancy.runAs(changed.organisation(), () -> {
			Optional<Session> session = this.sessions.find(changed.session());
			Optional<Occurrence> occurrence = session.flatMap((found) -> occurrence(found, changed.occurrence()));
			// A later cancellation has its own notice; a meeting moved into the past is
			// news to nobody.
			if (occurrence.isEmpty() || !occurrence.get().isPlanned() || past(occurrence.get().end())) {
				return;
			}
			tell(session.get(), occurrence.get(), MessageKind.CHANGE, changed.previousStart(), "change:");
		});
	}

	/** Every booked person: the occurrence will not take place. */
	@ApplicationModuleListener
	void on(SessionCancelled cancelled) {
		this.tenancy.runAs(cancelled.organisation(), () -> {
			Optional<Session> session = this.sessions.find(cancelled.session());
			Optional<Occurrence> occurrence = session.flatMap((found) -> occurrence(found, cancelled.occurrence()));
			if (occurrence.isEmpty() || occurrence.get().status() != OccurrenceStatus.CANCELLED
					|| past(occurrence.get().end())) {
				return;
			}
			tell(session.get(), occurrence.get(), MessageKind.CANCELLATION, null, "cancellation:");
		});
	}

	private void confirm(Session session, List<PersonId> recipients, List<PersonId> booked,
			Function<PersonId, String> dedupeKey) {
		Optional<Occurrence> next = session.occurrences()
			.stream()
			.filter((occurrence) -> occurrence.isPlanned() && !past(occurrence.end()))
			.findFirst();
		if (next.isEmpty() || recipients.isEmpty()) {
			return;
		}
		Announcements.Batch batch = this.announcements.about(booked);
		for (PersonId recipient : recipients) {
			batch.send(next.get(), MessageKind.CONFIRMATION, null, recipient, booked, dedupeKey.apply(recipient));
		}
		Announcements.logged("Session " + session.id() + " booked", batch.sent());
	}

	private void tell(Session session, Occurrence occurrence, MessageKind kind, @Nullable Instant previousStart,
			String keyPrefix) {
		List<PersonId> booked = session.booked();
		Announcements.Batch batch = this.announcements.about(booked);
		for (PersonId person : booked) {
			batch.send(occurrence, kind, previousStart, person, booked,
					keyPrefix + occurrence.id() + ":" + person + ":" + occurrence.sequence());
		}
		Announcements.logged("Occurrence " + occurrence.id() + " " + kind, batch.sent());
	}

	private static Optional<Occurrence> occurrence(Session session, OccurrenceId id) {
		return session.occurrences().stream().filter((occurrence) -> occurrence.id().equals(id)).findFirst();
	}

	private boolean past(Instant end) {
		return !end.isAfter(this.clock.instant());
	}

}
