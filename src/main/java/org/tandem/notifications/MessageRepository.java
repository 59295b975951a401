package org.tandem.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.people.PersonId;
import org.tandem.system.OrganisationId;
import org.tandem.system.TenantJdbc;

/**
 * The outbox, {@code notification_message} (V19). Every change of status is a conditional
 * update from the status the caller expects, so that of two instances doing the same
 * thing at once exactly one succeeds, on H2 as on PostgreSQL: the database serialises
 * updates of one row and checks the condition again against the committed row.
 */
@Repository
class MessageRepository {

	private static final String COLUMNS = """
			id, recipient_id, kind, channel, status, attempts, next_attempt_at, reason, last_error,
			provider_message_id, dedupe_key, created_at, sent_at""";

	/** Dedupe keys per statement when many are looked up at once. */
	static final int KEYS_CHUNK = 500;

	/** Longest provider error kept. */
	static final int MAX_ERROR = 500;

	private final TenantJdbc jdbc;

	MessageRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new message, QUEUED or (opted out) SKIPPED, unless the organisation has
	 * one with the same dedupe key. Never fails on a duplicate, so that it cannot spoil
	 * the caller's transaction on PostgreSQL; when two transactions insert the same key
	 * at once, the second waits for the first and then stores nothing.
	 * @return false if the dedupe key was taken
	 */
	boolean insert(Envelope message, MessageStatus status, @Nullable DeliveryProblem problem, Instant sendAt,
			Instant now) {
		return this.jdbc.sql("""
				insert into notification_message (id, organisation_id, recipient_id, kind, channel, address, locale,
				                                  subject, body, dedupe_key, status, attempts, next_attempt_at, reason,
				                                  created_at)
				values (:id, :tenant, :recipient, :kind, :channel, :address, :locale,
				        :subject, :body, :dedupeKey, :status, 0, :sendAt, :reason, :now)
				on conflict do nothing
				""")
			.param("id", message.id().value())
			.param("recipient", message.recipient().value())
			.param("kind", message.kind().name())
			.param("channel", message.channel().name())
			.param("address", message.address())
			.param("locale", message.locale())
			.param("subject", message.subject())
			.param("body", message.body())
			.param("dedupeKey", message.dedupeKey())
			.param("status", status.name())
			.param("sendAt", at(sendAt))
			.param("reason", (problem != null) ? problem.name() : null)
			.param("now", at(now))
			.update() == 1;
	}

	/**
	 * The organisations with messages due now or claims older than the lease, for the
	 * delivery job, which then acts for each in turn.
	 */
	List<OrganisationId> organisationsWithWork(Instant now, Instant leaseStart) {
		// The one question the delivery job asks across organisations, before it acts
		// for each of them.
		return this.jdbc.crossTenant("""
				select distinct organisation_id from notification_message
				 where (status = 'QUEUED' and next_attempt_at <= :now)
				    or (status = 'SENDING' and claimed_at < :leaseStart)
				""")
			.param("now", at(now))
			.param("leaseStart", at(leaseStart))
			.query((row, number) -> new OrganisationId(row.getObject(1, UUID.class)))
			.list();
	}

	/** Queued messages due now, the longest waiting first. */
	List<MessageId> due(Instant now, int limit) {
		return this.jdbc.sql("""
				select id from notification_message
				 where organisation_id = :tenant and status = 'QUEUED' and next_attempt_at <= :now
				 order by next_attempt_at, id
				 limit :limit
				""")
			.param("now", at(now))
			.param("limit", limit)
			.query((row, number) -> new MessageId(row.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Claims a due message for sending: QUEUED becomes SENDING with this claim token, and
	 * the attempt is counted; unless its recipient has opted out of its kind, which the
	 * claim checks against the opt-outs as they are at that moment (one queued while the
	 * person was opting out is not sent either; see {@link #skipOptedOut(MessageId)}).
	 * @return the message to send, or empty if another instance claimed it first, it is
	 * no longer due, or its recipient opted out
	 */
	Optional<Envelope> claim(MessageId id, UUID token, Instant now) {
		boolean claimed = this.jdbc.sql("""
				update notification_message
				   set status = 'SENDING', claim_token = :token, claimed_at = :now, attempts = attempts + 1
				 where id = :id and organisation_id = :tenant and status = 'QUEUED' and next_attempt_at <= :now
				   and not exists (select 1 from notification_opt_out o
				                    where o.organisation_id = notification_message.organisation_id
				                      and o.person_id = notification_message.recipient_id
				                      and o.kind = notification_message.kind)
				""").param("id", id.value()).param("token", token).param("now", at(now)).update() == 1;
		if (!claimed) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, recipient_id, kind, channel, address, locale, subject, body, dedupe_key, claim_token,
				       attempts
				  from notification_message
				 where id = :id and organisation_id = :tenant and claim_token = :token
				""").param("id", id.value()).param("token", token).query(MessageRepository::envelope).optional();
	}

	/**
	 * Records that a claimed message went out.
	 * @return false if the claim was lost (taken back after the lease)
	 */
	boolean sent(MessageId id, UUID token, @Nullable String providerMessageId, Instant now) {
		return this.jdbc.sql("""
				update notification_message
				   set status = 'SENT', sent_at = :now, provider_message_id = :providerId, claim_token = null,
				       reason = null, last_error = null
				 where id = :id and organisation_id = :tenant and status = 'SENDING' and claim_token = :token
				""")
			.param("id", id.value())
			.param("token", token)
			.param("providerId", clip(providerMessageId, 200))
			.param("now", at(now))
			.update() == 1;
	}

	/**
	 * Records that sending a claimed message failed: queued again for {@code retryAt}, or
	 * FAILED if that was the last attempt ({@code retryAt} null).
	 * @return false if the claim was lost (taken back after the lease)
	 */
	boolean failed(MessageId id, UUID token, DeliveryProblem problem, String error, @Nullable Instant retryAt) {
		String sql = (retryAt != null) ? """
				update notification_message
				   set status = 'QUEUED', next_attempt_at = :retryAt, claim_token = null, reason = :reason,
				       last_error = :error
				 where id = :id and organisation_id = :tenant and status = 'SENDING' and claim_token = :token
				""" : """
				update notification_message
				   set status = 'FAILED', claim_token = null, reason = :reason, last_error = :error
				 where id = :id and organisation_id = :tenant and status = 'SENDING' and claim_token = :token
				""";
		// The FAILED statement has no :retryAt; a named parameter the SQL does not use is
		// ignored.
		return this.jdbc.sql(sql)
			.param("id", id.value())
			.param("token", token)
			.param("reason", problem.name())
			.param("error", clip(error, MAX_ERROR))
			.param("retryAt", (retryAt != null) ? at(retryAt) : null)
			.update() == 1;
	}

	/**
	 * Takes back the claims older than the lease: their instance stopped while sending.
	 * Whether such a message went out cannot be known; it is queued again (sending it
	 * twice is better than never), or FAILED when it had its last attempt.
	 * @return how many were taken back
	 */
	int reclaimStale(Instant leaseStart, int maxAttempts, Instant now) {
		return this.jdbc.sql("""
				update notification_message
				   set status = case when attempts >= :maxAttempts then 'FAILED' else 'QUEUED' end,
				       next_attempt_at = :now, claim_token = null, reason = 'INTERRUPTED',
				       last_error = 'The sending instance stopped before it finished'
				 where organisation_id = :tenant and status = 'SENDING' and claimed_at < :leaseStart
				""")
			.param("maxAttempts", maxAttempts)
			.param("now", at(now))
			.param("leaseStart", at(leaseStart))
			.update();
	}

	/**
	 * Skips the person's queued messages of this kind, when they opt out of it.
	 * @return how many
	 */
	int skipQueued(PersonId recipient, MessageKind kind) {
		return this.jdbc.sql("""
				update notification_message
				   set status = 'SKIPPED', reason = 'OPTED_OUT'
				 where organisation_id = :tenant and recipient_id = :recipient and kind = :kind and status = 'QUEUED'
				""").param("recipient", recipient.value()).param("kind", kind.name()).update();
	}

	/**
	 * Skips one queued message if its recipient has opted out of its kind: one that was
	 * queued while they were opting out, which {@link #skipQueued} could not yet see.
	 * @return whether it was skipped
	 */
	boolean skipOptedOut(MessageId id) {
		return this.jdbc.sql("""
				update notification_message
				   set status = 'SKIPPED', reason = 'OPTED_OUT'
				 where id = :id and organisation_id = :tenant and status = 'QUEUED'
				   and exists (select 1 from notification_opt_out o
				                where o.organisation_id = notification_message.organisation_id
				                  and o.person_id = notification_message.recipient_id
				                  and o.kind = notification_message.kind)
				""").param("id", id.value()).update() == 1;
	}

	/** Which of these dedupe keys the organisation has a message for already. */
	Set<String> existingDedupeKeys(Collection<String> keys) {
		Set<String> found = new HashSet<>();
		List<String> all = keys.stream().distinct().toList();
		for (int from = 0; from < all.size(); from += KEYS_CHUNK) {
			found.addAll(this.jdbc.sql("""
					select dedupe_key from notification_message
					 where organisation_id = :tenant and dedupe_key in (:keys)
					""")
				.param("keys", all.subList(from, Math.min(all.size(), from + KEYS_CHUNK)))
				.query(String.class)
				.list());
		}
		return found;
	}

	/**
	 * A failed message queued again as if new: due now, with all its attempts.
	 * @return false if it is not FAILED (any more)
	 */
	boolean requeue(MessageId id, Instant now) {
		return this.jdbc.sql("""
				update notification_message
				   set status = 'QUEUED', attempts = 0, next_attempt_at = :now, reason = null, last_error = null
				 where id = :id and organisation_id = :tenant and status = 'FAILED'
				""").param("id", id.value()).param("now", at(now)).update() == 1;
	}

	Optional<Message> find(MessageId id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification_message where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(MessageRepository::message)
			.optional();
	}

	/** A message by its dedupe key. */
	Optional<Message> findByDedupeKey(String dedupeKey) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from notification_message where dedupe_key = :key and organisation_id = :tenant")
			.param("key", dedupeKey)
			.query(MessageRepository::message)
			.optional();
	}

	/**
	 * A page of the organisation's messages with one status, newest first; or of all,
	 * failed first, then those on their way, then the rest, each newest first.
	 */
	MessagePage page(@Nullable MessageStatus status, int page, int size) {
		String where = "where organisation_id = :tenant" + ((status != null) ? " and status = :status" : "");
		long total = this.jdbc.sql("select count(*) from notification_message " + where)
			.params((status != null) ? Map.of("status", status.name()) : Map.of())
			.query(Long.class)
			.single();
		List<Message> items = this.jdbc.sql("select " + COLUMNS + " from notification_message " + where + """
				 order by case status when 'FAILED' then 0 when 'SENDING' then 1 when 'QUEUED' then 1 else 2 end,
				          created_at desc, id
				 limit :limit offset :offset
				""")
			.params((status != null) ? Map.of("status", status.name()) : Map.of())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(MessageRepository::message)
			.list();
		return new MessagePage(items, page, size, total);
	}

	/**
	 * A time as the database keeps it: to the microsecond, cut rather than rounded, so
	 * that a message due "now" is never stored as due a moment later.
	 */
	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static Envelope envelope(ResultSet row, int number) throws SQLException {
		return new Envelope(new MessageId(row.getObject("id", UUID.class)),
				new PersonId(row.getObject("recipient_id", UUID.class)), MessageKind.valueOf(row.getString("kind")),
				Channel.valueOf(row.getString("channel")), row.getString("address"), row.getString("locale"),
				row.getString("subject"), row.getString("body"), row.getString("dedupe_key"),
				row.getObject("claim_token", UUID.class), row.getInt("attempts"));
	}

	private static Message message(ResultSet row, int number) throws SQLException {
		String reason = row.getString("reason");
		Timestamp sentAt = row.getTimestamp("sent_at");
		return new Message(new MessageId(row.getObject("id", UUID.class)),
				new PersonId(row.getObject("recipient_id", UUID.class)), MessageKind.valueOf(row.getString("kind")),
				Channel.valueOf(row.getString("channel")), MessageStatus.valueOf(row.getString("status")),
				row.getInt("attempts"), row.getTimestamp("next_attempt_at").toInstant(),
				(reason != null) ? DeliveryProblem.valueOf(reason) : null, row.getString("last_error"),
				row.getString("provider_message_id"), row.getString("dedupe_key"),
				row.getTimestamp("created_at").toInstant(), (sentAt != null) ? sentAt.toInstant() : null);
	}

}
