package org.tandem.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.system.CurrentUser;
import org.tandem.system.TenantJdbc;

/**
 * The api_token table: only hashes of secrets.
 */
@Repository
class TokenRepository {

	private final TenantJdbc jdbc;

	TokenRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UserId owner, ApiToken token, String hash) {
		this.jdbc
			.sql("""
					insert into api_token (id, organisation_id, user_id, name, token_hash, token_prefix, created_at, expires_at)
					values (:id, :tenant, :owner, :name, :hash, :prefix, :createdAt, :expiresAt)
					""")
			.param("id", token.id())
			.param("owner", owner.value())
			.param("name", token.name())
			.param("hash", hash)
			.param("prefix", token.prefix())
			.param("createdAt", Timestamp.from(token.createdAt()))
			.param("expiresAt", timestamp(token.expiresAt()))
			.update();
	}

	List<ApiToken> ownedBy(UserId owner) {
		return this.jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at from api_token
				 where organisation_id = :tenant and user_id = :owner
				 order by created_at desc
				""").param("owner", owner.value()).query(TokenRepository::token).list();
	}

	boolean revoke(UserId owner, UUID id, Instant now) {
		return this.jdbc.sql("""
				update api_token set revoked_at = :now
				 where id = :id and user_id = :owner and organisation_id = :tenant and revoked_at is null
				""").param("id", id).param("owner", owner.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	boolean exists(UserId owner, UUID id) {
		return this.jdbc.sql("""
				select count(*) from api_token where id = :id and user_id = :owner and organisation_id = :tenant
				""").param("id", id).param("owner", owner.value()).query(Long.class).single() > 0;
	}

	int revokeAllOf(UserId owner, Instant now) {
		return this.jdbc.sql("""
				update api_token set revoked_at = :now
				 where user_id = :owner and organisation_id = :tenant and revoked_at is null
				""").param("owner", owner.value()).param("now", Timestamp.from(now)).update();
	}

	/** The enabled user a live token belongs to; the token tells the organisation. */
	Optional<CurrentUser> authenticate(String hash, Instant now) {
		// A token arrives before anyone is signed in: its row names the organisation.
		return this.jdbc.crossTenant("""
				select u.id, u.organisation_id, u.username, u.display_name, u.roles, u.enabled,
				       u.must_change_password, u.person_id, o.default_locale, o.time_zone
				  from api_token t
				  join user_account u on u.id = t.user_id and u.organisation_id = t.organisation_id
				  join organisation o on o.id = u.organisation_id
				 where t.token_hash = :hash and t.revoked_at is null
				   and (t.expires_at is null or t.expires_at > :now) and u.enabled = true
				""")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.query((row, number) -> UserRepository.currentUser(row, false, null, Set.of()))
			.optional()
			.map((user) -> UserRepository.withVenues(user, UserRepository.venuesForLogin(this.jdbc, user.userId())));
	}

	void markUsed(String hash, Instant now) {
		// Same token as above, already authenticated.
		this.jdbc.crossTenant("update api_token set last_used_at = :now where token_hash = :hash")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static ApiToken token(ResultSet row, int number) throws SQLException {
		return new ApiToken(row.getObject("id", UUID.class), row.getString("name"), row.getString("token_prefix"),
				row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("expires_at")),
				instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at")));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
