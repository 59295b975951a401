package org.tandem.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.PersonId;
import org.tandem.system.TenantJdbc;
import org.tandem.venues.RoomId;

/**
 * Makes plans that touch the same mentor, senior or room take turns, so that a clash
 * check and the write it allows are one step for everyone else: without it two
 * coordinators could each check, find the mentor free, and both write. Each subject has a
 * row in {@code sessions_planning_lock}, made the first time it is needed and then locked
 * with {@code select ... for update} until the transaction ends. Rows are always locked
 * in the order of their ids, all of a plan's at once, so two plans can wait for each
 * other only in one direction and never deadlock. Callers lock at most one session row
 * ({@link SessionRepository#lock}) before these and nothing after them.
 */
@Component
class PlanningLocks {

	private final TenantJdbc jdbc;

	PlanningLocks(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the people and the room until the current transaction ends, waiting for
	 * anyone who holds one of them.
	 * @throws IllegalStateException if there is no transaction to hold the locks
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void lock(Collection<PersonId> people, @Nullable RoomId room) {
		TreeSet<UUID> subjects = new TreeSet<>();
		people.stream().map(PersonId::value).forEach(subjects::add);
		if (room != null) {
			subjects.add(room.value());
		}
		for (UUID subject : subjects) {
			// A row another transaction is adding waits here until it commits; then it
			// exists and nothing is inserted.
			this.jdbc.sql("""
					insert into sessions_planning_lock (organisation_id, subject_id) values (:tenant, :subject)
					on conflict do nothing
					""").param("subject", subject).update();
			List<UUID> locked = this.jdbc.sql("""
					select subject_id from sessions_planning_lock
					 where organisation_id = :tenant and subject_id = :subject
					   for update
					""").param("subject", subject).query(UUID.class).list();
			if (locked.size() != 1 || !Objects.equals(locked.get(0), subject)) {
				throw new IllegalStateException("Planning lock row missing");
			}
		}
	}

}
