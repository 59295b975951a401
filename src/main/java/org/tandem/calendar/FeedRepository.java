package org.tandem.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.system.OrganisationId;
import org.tandem.system.TenantJdbc;

/**
 * The calendar_feed table: hashes of feed secrets, never the secrets.
 */
@Repository
class FeedRepository {

	private final TenantJdbc jdbc;

	FeedRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new active feed.
	 * @throws org.springframework.dao.DuplicateKeyException if the person has an active
	 * feed already
	 */
	void insert(UUID id, PersonId person, String tokenHash, Instant createdAt, @Nullable UUID createdBy) {
		this.jdbc.sql("""
				insert into calendar_feed (id, organisation_id, person_id, token_hash, active, created_by, created_at)
				values (:id, :tenant, :person, :hash, true, :createdBy, :createdAt)
				""")
			.param("id", id)
			.param("person", person.value())
			.param("hash", tokenHash)
			.param("createdBy", createdBy)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	/** Revokes the person's active feed, if there is one; answers whether there was. */
	boolean revokeActive(PersonId person, Instant now, @Nullable UUID revokedBy) {
		return this.jdbc.sql("""
				update calendar_feed set active = null, revoked_at = :now, revoked_by = :revokedBy
				 where organisation_id = :tenant and person_id = :person and active = true
				""")
			.param("person", person.value())
			.param("now", Timestamp.from(now))
			.param("revokedBy", revokedBy)
			.update() > 0;
	}

	/** The person's active feed, if there is one. */
	Optional<CalendarFeedStatus> active(PersonId person) {
		return this.jdbc.sql("""
				select created_at, last_fetched_at from calendar_feed
				 where organisation_id = :tenant and person_id = :person and active = true
				""").param("person", person.value()).query(FeedRepository::status).optional();
	}

	/** The active feed a secret's hash belongs to, in whichever organisation. */
	Optional<ActiveFeed> findActive(String tokenHash) {
		// A calendar app fetches a feed with nobody signed in: the row names the
		// organisation.
		return this.jdbc.crossTenant("""
				select id, organisation_id, person_id from calendar_feed
				 where token_hash = :hash and active = true
				""")
			.param("hash", tokenHash)
			.query((row, number) -> new ActiveFeed(row.getObject("id", UUID.class),
					new OrganisationId(row.getObject("organisation_id", UUID.class)),
					new PersonId(row.getObject("person_id", UUID.class))))
			.optional();
	}

	/**
	 * Notes that a calendar app fetched the feed, unless that was noted after
	 * {@code notedBefore} already: apps fetch every few minutes to hours, and a
	 * coordinator only needs to know that one does.
	 */
	void markFetched(UUID id, Instant now, Instant notedBefore) {
		this.jdbc.sql("""
				update calendar_feed set last_fetched_at = :now
				 where id = :id and organisation_id = :tenant
				   and (last_fetched_at is null or last_fetched_at < :notedBefore)
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("notedBefore", Timestamp.from(notedBefore))
			.update();
	}

	private static CalendarFeedStatus status(ResultSet row, int number) throws SQLException {
		Timestamp fetched = row.getTimestamp("last_fetched_at");
		return new CalendarFeedStatus(true, row.getTimestamp("created_at").toInstant(),
				(fetched != null) ? fetched.toInstant() : null);
	}

	/** An active feed as the public address finds it. */
	record ActiveFeed(UUID id, OrganisationId organisation, PersonId person) {
	}

}
