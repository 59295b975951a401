package org.tandem.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
 * still current ({@link NearbyMentors}). Every write of the people module that may change
 * a mentor tells it whom it touched; the transaction then counts one change just before
 * it commits, so the count's row is locked only while the transaction commits, and the
 * change and the new count become visible together.
 */
@Component
class MentorChanges {

	private static final int CHUNK = 500;

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

	/** Some mentors were written. */
	void mentorsChanged() {
		record(true, Set.of());
	}

	/** These people were written: a change if any of them is a mentor. */
	void peopleChanged(Collection<PersonId> people) {
		record(false, people);
	}

	/**
	 * Adds to what the current transaction has touched, counted when it commits; without
	 * a transaction each statement commits on its own, so it is counted at once.
	 */
	private void record(boolean mentors, Collection<PersonId> people) {
		OrganisationId organisation = this.tenancy.current();
		boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive();
		Pending pending = inTransaction ? pendingIn(organisation) : new Pending(organisation);
		pending.mentors |= mentors;
		if (!pending.mentors) {
			people.forEach((person) -> pending.people.add(person.value()));
		}
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
		if (!pending.mentors && pending.people.isEmpty()) {
			return;
		}
		this.tenancy.runAs(pending.organisation, () -> {
			this.jdbc.sql("""
					insert into people_mentor_changes (organisation_id, changes) values (:tenant, 0)
					on conflict do nothing
					""").update();
			if (pending.mentors) {
				this.jdbc.sql("""
						update people_mentor_changes set changes = changes + 1 where organisation_id = :tenant
						""").update();
			}
			else if (anyMentor(List.copyOf(pending.people))) {
				this.jdbc.sql("""
						update people_mentor_changes set changes = changes + 1 where organisation_id = :tenant
						""").update();
			}
		});
	}

	/** Whether any of the people is a mentor, asked a short list at a time. */
	private boolean anyMentor(List<UUID> people) {
		for (int from = 0; from < people.size(); from += CHUNK) {
			if (this.jdbc
				.sql("select count(*) from person where organisation_id = :tenant and kind = 'MENTOR'"
						+ " and id in (:people)")
				.param("people", people.subList(from, Math.min(people.size(), from + CHUNK)))
				.query(Long.class)
				.single() > 0) {
				return true;
			}
		}
		return false;
	}

	/** One transaction's writes, counted just before it commits. */
	private class Pending implements TransactionSynchronization {

		final OrganisationId organisation;

		boolean mentors;

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
