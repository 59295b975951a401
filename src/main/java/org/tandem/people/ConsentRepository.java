package org.tandem.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.system.TenantJdbc;

/**
 * The consent and guardian_request tables.
 */
@Repository
class ConsentRepository {

	private final TenantJdbc jdbc;

	private final MentorChanges changes;

	ConsentRepository(TenantJdbc jdbc, MentorChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	void insert(Consent consent, @Nullable UUID recordedBy) {
		this.jdbc.sql("""
				insert into consent (id, organisation_id, person_id, purpose, given_by, guardian_name, method, given_at,
				    recorded_by)
				values (:id, :tenant, :person, :purpose, :givenBy, :guardianName, :method, :givenAt, :recordedBy)
				""")
			.param("id", consent.id())
			.param("person", consent.person().value())
			.param("purpose", consent.purpose().name())
			.param("givenBy", consent.givenBy().name())
			.param("guardianName", consent.guardianName())
			.param("method", consent.method().name())
			.param("givenAt", Timestamp.from(consent.givenAt()))
			.param("recordedBy", recordedBy)
			.update();
		this.changes.peopleChanged(List.of(consent.person()));
	}

	/**
	 * Inserts many consents with one JDBC batch, inside the caller's transaction; a
	 * withdrawn one is written with its withdrawal.
	 */
	void insertAll(List<Consent> consents, @Nullable UUID recordedBy) {
		List<Map<String, Object>> rows = new ArrayList<>(consents.size());
		for (Consent consent : consents) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", consent.id());
			row.put("person", consent.person().value());
			row.put("purpose", consent.purpose().name());
			row.put("givenBy", consent.givenBy().name());
			row.put("guardianName", consent.guardianName());
			row.put("method", consent.method().name());
			row.put("givenAt", Timestamp.from(consent.givenAt()));
			row.put("recordedBy", recordedBy);
			row.put("withdrawnAt", (consent.withdrawnAt() != null) ? Timestamp.from(consent.withdrawnAt()) : null);
			row.put("withdrawnBy", (consent.withdrawnAt() != null) ? recordedBy : null);
			rows.add(row);
		}
		this.jdbc.batch("""
				insert into consent (id, organisation_id, person_id, purpose, given_by, guardian_name, method, given_at,
				    recorded_by, withdrawn_at, withdrawn_by)
				values (:id, :tenant, :person, :purpose, :givenBy, :guardianName, :method, :givenAt, :recordedBy,
				    :withdrawnAt, :withdrawnBy)
				""", rows);
		this.changes.peopleChanged(consents.stream().map(Consent::person).toList());
	}

	List<Consent> of(PersonId person) {
		return this.jdbc.sql("""
				select id, person_id, purpose, given_by, guardian_name, method, given_at, withdrawn_at from consent
				 where organisation_id = :tenant and person_id = :person order by given_at desc
				""").param("person", person.value()).query(ConsentRepository::consent).list();
	}

	Optional<Consent> find(UUID id) {
		return this.jdbc.sql("""
				select id, person_id, purpose, given_by, guardian_name, method, given_at, withdrawn_at from consent
				 where organisation_id = :tenant and id = :id
				""").param("id", id).query(ConsentRepository::consent).optional();
	}

	boolean withdraw(Consent consent, Instant at, @Nullable UUID by) {
		boolean withdrawn = this.jdbc.sql("""
				update consent set withdrawn_at = :at, withdrawn_by = :by
				 where organisation_id = :tenant and id = :id and withdrawn_at is null
				""").param("id", consent.id()).param("at", Timestamp.from(at)).param("by", by).update() == 1;
		if (withdrawn) {
			this.changes.peopleChanged(List.of(consent.person()));
		}
		return withdrawn;
	}

	void insertGuardianRequest(UUID id, PersonId person, String tokenHash, String guardianName, String contact,
			Instant createdAt, Instant expiresAt) {
		this.jdbc.sql("""
				insert into guardian_request (id, organisation_id, person_id, token_hash, guardian_name,
				    guardian_contact, created_at, expires_at)
				values (:id, :tenant, :person, :hash, :guardianName, :contact, :createdAt, :expiresAt)
				""")
			.param("id", id)
			.param("person", person.value())
			.param("hash", tokenHash)
			.param("guardianName", guardianName)
			.param("contact", contact)
			.param("createdAt", Timestamp.from(createdAt))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** An unused, unexpired request: which organisation and person it is for. */
	Optional<GuardianRequestRow> findOpenRequest(String tokenHash, Instant now) {
		// A guardian has no account: the link's token tells the organisation.
		return this.jdbc.crossTenant("""
				select id, organisation_id, person_id, guardian_name from guardian_request
				 where token_hash = :hash and used_at is null and expires_at > :now
				""")
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.query((row, number) -> new GuardianRequestRow(row.getObject("id", UUID.class),
					row.getObject("organisation_id", UUID.class), new PersonId(row.getObject("person_id", UUID.class)),
					row.getString("guardian_name")))
			.optional();
	}

	/** Marks a request used; false if someone used it first. */
	boolean markUsed(UUID id, Instant at) {
		return this.jdbc
			.sql("""
					update guardian_request set used_at = :at where id = :id and organisation_id = :tenant and used_at is null
					""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	record GuardianRequestRow(UUID id, UUID organisationId, PersonId person, String guardianName) {
	}

	private static Consent consent(ResultSet row, int number) throws SQLException {
		Timestamp withdrawn = row.getTimestamp("withdrawn_at");
		return new Consent(row.getObject("id", UUID.class), new PersonId(row.getObject("person_id", UUID.class)),
				ConsentPurpose.valueOf(row.getString("purpose")), ConsentGiver.valueOf(row.getString("given_by")),
				row.getString("guardian_name"), ConsentMethod.valueOf(row.getString("method")),
				row.getTimestamp("given_at").toInstant(), (withdrawn != null) ? withdrawn.toInstant() : null);
	}

}
