package org.tandem.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.system.CurrentUser;
import org.tandem.system.OrganisationId;
import org.tandem.system.Role;
import org.tandem.system.TenantJdbc;

/**
 * The user_account table. Everything but the login look-ups is scoped to the current
 * organisation.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = """
			id, username, display_name, email, roles, enabled, must_change_password, created_at, version""";

	private final TenantJdbc jdbc;

	UserRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UserAccount user, String passwordHash, Instant createdAt) {
		this.jdbc.sql("""
				insert into user_account (id, organisation_id, username, display_name, email, password_hash, roles,
				    enabled, must_change_password, failed_logins, created_at, version)
				values (:id, :tenant, :username, :displayName, :email, :passwordHash, :roles,
				    :enabled, :mustChangePassword, 0, :createdAt, 0)
				""")
			.param("id", user.id().value())
			.param("username", user.username())
			.param("displayName", user.displayName())
			.param("email", user.email())
			.param("passwordHash", passwordHash)
			.param("roles", roles(user.roles()))
			.param("enabled", user.enabled())
			.param("mustChangePassword", user.mustChangePassword())
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	Optional<UserAccount> find(UserId id) {
		return this.jdbc.sql("select " + COLUMNS + " from user_account where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(UserRepository::account)
			.optional();
	}

	List<UserAccount> page(String search, int offset, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from user_account
				where organisation_id = :tenant
				  and (lower(display_name) like :search or lower(username) like :search or lower(email) like :search)
				order by lower(display_name), id
				limit :limit offset :offset
				""")
			.param("search", pattern(search))
			.param("limit", limit)
			.param("offset", offset)
			.query(UserRepository::account)
			.list();
	}

	long count(String search) {
		return this.jdbc.sql("""
				select count(*) from user_account
				where organisation_id = :tenant
				  and (lower(display_name) like :search or lower(username) like :search or lower(email) like :search)
				""").param("search", pattern(search)).query(Long.class).single();
	}

	long countEnabledAdmins() {
		return this.jdbc.sql("""
				select count(*) from user_account
				where organisation_id = :tenant and enabled = true and roles like '%ADMIN%'
				""").query(Long.class).single();
	}

	boolean usernameExists(Username username) {
		// Login names are unique across organisations, so this must look at all of them.
		return this.jdbc.crossTenant("select count(*) from user_account where username = :username")
			.param("username", username.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Saves the editable fields if nobody changed the account since {@code version}. */
	boolean update(UserId id, int version, String displayName, @Nullable String email, Set<Role> roles,
			boolean enabled) {
		return this.jdbc.sql("""
				update user_account
				   set display_name = :displayName, email = :email, roles = :roles, enabled = :enabled,
				       version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""")
			.param("id", id.value())
			.param("version", version)
			.param("displayName", displayName)
			.param("email", email)
			.param("roles", roles(roles))
			.param("enabled", enabled)
			.update() == 1;
	}

	boolean setPassword(UserId id, String passwordHash, boolean mustChange) {
		return this.jdbc.sql("""
				update user_account
				   set password_hash = :hash, must_change_password = :mustChange, failed_logins = 0,
				       locked_until = null, version = version + 1
				 where id = :id and organisation_id = :tenant
				""").param("id", id.value()).param("hash", passwordHash).param("mustChange", mustChange).update() == 1;
	}

	Optional<String> passwordHash(UserId id) {
		return this.jdbc.sql("select password_hash from user_account where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	/**
	 * The account behind a login name, with what a session needs, before anyone is signed
	 * in.
	 */
	Optional<CurrentUser> findForLogin(Username username, Instant now) {
		// A login names no organisation: the account tells which one it belongs to.
		return this.jdbc.crossTenant("""
				select u.id, u.organisation_id, u.username, u.display_name, u.roles, u.enabled,
				       u.must_change_password, u.password_hash, u.locked_until, o.default_locale, o.time_zone
				  from user_account u join organisation o on o.id = u.organisation_id
				 where u.username = :username
				""").param("username", username.value()).query((row, number) -> {
			Timestamp lockedUntil = row.getTimestamp("locked_until");
			boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(now);
			return currentUser(row, locked, row.getString("password_hash"));
		}).optional();
	}

	/** Counts a failed login and answers how many there have been in a row. */
	int recordFailedLogin(Username username) {
		// Before sign-in there is no organisation; the login name is unique across all.
		this.jdbc.crossTenant("update user_account set failed_logins = failed_logins + 1 where username = :username")
			.param("username", username.value())
			.update();
		return this.jdbc.crossTenant("select failed_logins from user_account where username = :username")
			.param("username", username.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void lockUntil(Username username, Instant until) {
		this.jdbc.crossTenant("update user_account set locked_until = :until where username = :username")
			.param("username", username.value())
			.param("until", Timestamp.from(until))
			.update();
	}

	void clearFailedLogins(Username username) {
		this.jdbc.crossTenant("""
				update user_account set failed_logins = 0, locked_until = null
				 where username = :username and (failed_logins > 0 or locked_until is not null)
				""").param("username", username.value()).update();
	}

	void rehashPassword(Username username, String passwordHash) {
		this.jdbc.crossTenant("update user_account set password_hash = :hash where username = :username")
			.param("username", username.value())
			.param("hash", passwordHash)
			.update();
	}

	static CurrentUser currentUser(ResultSet row, boolean locked, @Nullable String passwordHash) throws SQLException {
		return new CurrentUser(row.getObject("id", UUID.class),
				new OrganisationId(row.getObject("organisation_id", UUID.class)), row.getString("username"),
				row.getString("display_name"), roles(row.getString("roles")),
				Locale.forLanguageTag(row.getString("default_locale")), ZoneId.of(row.getString("time_zone")),
				row.getBoolean("enabled"), locked, row.getBoolean("must_change_password"), passwordHash);
	}

	private static UserAccount account(ResultSet row, int number) throws SQLException {
		return new UserAccount(new UserId(row.getObject("id", UUID.class)), row.getString("username"),
				row.getString("display_name"), row.getString("email"), roles(row.getString("roles")),
				row.getBoolean("enabled"), row.getBoolean("must_change_password"),
				row.getTimestamp("created_at").toInstant(), row.getInt("version"));
	}

	private static String pattern(String search) {
		String escaped = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	static String roles(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	static Set<Role> roles(String column) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(column.split(",")).filter((name) -> !name.isBlank()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

}
