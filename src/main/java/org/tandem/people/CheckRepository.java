package org.tandem.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.system.TenantJdbc;

/**
 * The background_check table.
 */
@Repository
class CheckRepository {

	private final TenantJdbc jdbc;

	private final MentorChanges changes;

	CheckRepository(TenantJdbc jdbc, MentorChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	void insert(BackgroundCheck check, @Nullable UUID recordedBy, Instant recordedAt) {
		this.jdbc.sql("""
				insert into background_check (id, organisation_id, person_id, checked_on, expires_on, reference,
				    recorded_by, recorded_at)
				values (:id, :tenant, :person, :checkedOn, :expiresOn, :reference, :recordedBy, :recordedAt)
				""")
			.param("id", check.id())
			.param("person", check.person().value())
			.param("checkedOn", Date.valueOf(check.checkedOn()))
			.param("expiresOn", Date.valueOf(check.expiresOn()))
			.param("reference", check.reference())
			.param("recordedBy", recordedBy)
			.param("recordedAt", Timestamp.from(recordedAt))
			.update();
		this.changes.peopleChanged(List.of(check.person()));
	}

	/** Inserts many checks with one JDBC batch, inside the caller's transaction. */
	void insertAll(List<BackgroundCheck> checks, @Nullable UUID recordedBy, Instant recordedAt) {
		List<Map<String, Object>> rows = new ArrayList<>(checks.size());
		for (BackgroundCheck check : checks) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", check.id());
			row.put("person", check.person().value());
			row.put("checkedOn", Date.valueOf(check.checkedOn()));
			row.put("expiresOn", Date.valueOf(check.expiresOn()));
			row.put("reference", check.reference());
			row.put("recordedBy", recordedBy);
			row.put("recordedAt", Timestamp.from(recordedAt));
			rows.add(row);
		}
		this.jdbc.batch("""
				insert into background_check (id, organisation_id, person_id, checked_on, expires_on, reference,
				    recorded_by, recorded_at)
				values (:id, :tenant, :person, :checkedOn, :expiresOn, :reference, :recordedBy, :recordedAt)
				""", rows);
		this.changes.peopleChanged(checks.stream().map(BackgroundCheck::person).toList());
	}

	List<BackgroundCheck> of(PersonId person) {
		return this.jdbc.sql("""
				select id, person_id, checked_on, expires_on, reference from background_check
				 where organisation_id = :tenant and person_id = :person order by expires_on desc
				""")
			.param("person", person.value())
			.query((row, number) -> new BackgroundCheck(row.getObject("id", UUID.class),
					new PersonId(row.getObject("person_id", UUID.class)), row.getDate("checked_on").toLocalDate(),
					row.getDate("expires_on").toLocalDate(), row.getString("reference")))
			.list();
	}

	/**
	 * The people with a background check that started or ran out between two days (it
	 * started after {@code before} and by {@code after}, or ran out on or after
	 * {@code before} and before {@code after}): everyone whose checks may be valid on one
	 * of the days and not on the other.
	 */
	Set<PersonId> turnedBetween(LocalDate before, LocalDate after) {
		return this.jdbc.sql("""
				select distinct person_id from background_check
				 where organisation_id = :tenant
				   and ((checked_on > :before and checked_on <= :after)
				     or (expires_on >= :before and expires_on < :after))
				""")
			.param("before", before)
			.param("after", after)
			.query((row, number) -> new PersonId(row.getObject(1, UUID.class)))
			.set();
	}

}
