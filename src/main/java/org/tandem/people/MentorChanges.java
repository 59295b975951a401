package org.tandem.people;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;

/**
 * Counts the changes to an organisation's mentors as matching reads them, in the database
 * (V31), so that every instance sharing it can tell whether mentors it read before are
 * still current ({@link NearbyMentors}), and notes which mentors each change touched
 * (V32), so that an instance can read those again instead of all. Every write of the
 * people module that may change a mentor tells it whom it touched; the transaction then
 * counts one change just before it commits, so the count's row is locked only while the
 * transaction commits (which also numbers the changes in the order they commit), and the
 * change, its note and the new count become visible together.
 */
@Component
class MentorChanges {

	private static final int CHUNK = 500;

	/**
	 * Mentors one change notes by name at most; a change of more (an import) is noted as
	 * one of unknown mentors, after which everything is read again.
	 */
	static final int NOTED = 200;

	/** Changes of the last that stay noted; older notes are removed as new ones come. */
	static final int KEPT = 5_000;

	private final TenantJdbc jdbc;

	private final Tenancy tenancy;

	MentorChanges(TenantJdbc jdbc, Tenancy tenancy) {
		this.jdbc = jdbc;
		this.tenancy = tenancy;
	}

	/** The count as committed now; read it before the mentors it vouches for. */
	long count() {
		return this.jdbc.sql("select changes from people_mentor_changes where organisation_id = :tenant")
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/**
	 * The mentors the changes after count {@code since}, up to and including
	 * {@code until}, touched (none if the two are equal) — or nothing if that cannot be
	 * told: one of them touched unknown or too many mentors, or its note has been
	 * removed.
	 */
	Optional<Set<PersonId>> changedBetween(long since, long until) {
		if (until == since) {
			return Optional.of(Set.of());
		}
		if (until < since || until - since > KEPT) {
			return Optional.empty();
		}
		Set<Long> changes = new HashSet<>();
		Set<PersonId> mentors = new HashSet<>();
		boolean[] unknown = { false };
		this.jdbc.sql("""
				select changes, person_id from people_mentor_change
				 where organisation_id = :tenant and changes > :since and changes <= :until
				""").param("since", since).param("until", until).query((ResultSet row) -> {
			changes.add(row.getLong(1));
			UUID person = row.getObject(2, UUID.class);
			if (person == null) {
				unknown[0] = true;
			}
			else {
				mentors.add(new PersonId(person));
			}
		});
		if (unknown[0] || changes.size() != until - since || mentors.size() > NOTED) {
			return Optional.empty();
		}
		return Optional.of(mentors);
	}

	/**
	 * These people were written: a change if any of them is a mentor. Added to what the
	 * current transaction has touched, counted when it commits; without a transaction
	 * each statement commits on its own, so it is counted at once.
	 */
	void peopleChanged(Collection<PersonId> people) {
		OrganisationId organisation = this.tenancy.current();
		boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive();
		Pending pending = inTransaction ? pendingIn(organisation) : new Pending(organisation);
		people.forEach((person) -> pending.people.add(person.value()));
		if (!inTransaction) {
			count(pending);
		}
	}

	private Pending pendingIn(OrganisationId organisation) {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof Pending pending && pending.owner() == this
					&& pending.organisation.equals(organisation)) {
				return pending;
			}
		}
		Pending pending = new Pending(organisation);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private void count(Pending pending) {
		if (pending.people.isEmpty()) {
			return;
		}
		this.tenancy.runAs(pending.organisation, () -> {
			List<UUID> mentors = mentorsAmong(List.copyOf(pending.people));
			if (mentors.isEmpty()) {
				return;
			}
			this.jdbc.sql("""
					insert into people_mentor_changes (organisation_id, changes) values (:tenant, 0)
					on conflict do nothing
					""").update();
			this.jdbc.sql("""
					update people_mentor_changes set changes = changes + 1 where organisation_id = :tenant
					""").update();
			// This transaction holds the row until it commits: the number is its own.
			long count = count();
			if (mentors.size() > NOTED) {
				this.jdbc.sql("""
						insert into people_mentor_change (organisation_id, changes, person_id)
						values (:tenant, :changes, null)
						""").param("changes", count).update();
			}
			else {
				this.jdbc.batch("""
						insert into people_mentor_change (organisation_id, changes, person_id)
						values (:tenant, :changes, :person)
						""", mentors.stream().map((mentor) -> Map.of("changes", count, "person", mentor)).toList());
			}
			if (count % 100 == 0) {
				this.jdbc.sql("delete from people_mentor_change where organisation_id = :tenant and changes <= :old")
					.param("old", count - KEPT)
					.update();
			}
		});
	}

	/** Which of the people are mentors, asked a short list at a time. */
	private List<UUID> mentorsAmong(List<UUID> people) {
		List<UUID> mentors = new ArrayList<>();
		for (int from = 0; from < people.size(); from += CHUNK) {
			mentors.addAll(this.jdbc
				.sql("select id from person where organisation_id = :tenant and kind = 'MENTOR' and id in (:people)")
				.param("people", people.subList(from, Math.min(people.size(), from + CHUNK)))
				.query(UUID.class)
				.list());
		}
		return mentors;
	}

	/** One transaction's writes, counted just before it commits. */
	private class Pending implements TransactionSynchronization {

		final OrganisationId organisation;

		final Set<UUID> people = new HashSet<>();

		Pending(OrganisationId organisation) {
			this.organisation = organisation;
		}

		MentorChanges owner() {
			return MentorChanges.this;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			count(this);
		}

	}

}
