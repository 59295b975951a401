package org.tandem.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
			id, username, display_name, email, roles, enabled, must_change_password, created_at, version, person_id,
			person_role""";

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
			.optional()
			.map((account) -> withVenues(List.of(account)).get(0));
	}

	List<UserAccount> page(String search, int offset, int limit) {
		return withVenues(this.jdbc.sql("select " + COLUMNS + """
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
			.list());
	}

	/** The accounts with the venues each is linked to, read for all of them at once. */
	private List<UserAccount> withVenues(List<UserAccount> accounts) {
		if (accounts.isEmpty()) {
			return accounts;
		}
		Map<UUID, Set<UUID>> venues = new HashMap<>();
		this.jdbc.sql("""
				select user_id, venue_id from user_account_venue
				 where organisation_id = :tenant and user_id in (:users)
				""")
			.param("users", accounts.stream().map((account) -> account.id().value()).toList())
			.query((ResultSet row) -> {
				venues.computeIfAbsent(row.getObject("user_id", UUID.class), (user) -> new HashSet<>())
					.add(row.getObject("venue_id", UUID.class));
			});
		return accounts.stream()
			.map((account) -> venues.containsKey(account.id().value())
					? new UserAccount(account.id(), account.username(), account.displayName(), account.email(),
							account.roles(), account.enabled(), account.mustChangePassword(), account.createdAt(),
							account.version(), account.links().withVenues(venues.get(account.id().value())))
					: account)
			.toList();
	}

	/** Links the account to a person for a role, or unlinks it ({@code null}s). */
	boolean linkPerson(UserId id, @Nullable UUID person, @Nullable Role role) {
		return this.jdbc.sql("""
				update user_account set person_id = :person, person_role = :role
				 where id = :id and organisation_id = :tenant
				""")
			.param("id", id.value())
			.param("person", person)
			.param("role", (role != null) ? role.name() : null)
			.update() == 1;
	}

	/** The account of the organisation that stands for this person, if any. */
	Optional<UserAccount> findByPerson(UUID person) {
		return this.jdbc
			.sql("select " + COLUMNS + " from user_account where person_id = :person and organisation_id = :tenant")
			.param("person", person)
			.query(UserRepository::account)
			.optional();
	}

	/** Replaces the venues the account is linked to. */
	void linkVenues(UserId id, Set<UUID> venues) {
		this.jdbc.sql("delete from user_account_venue where user_id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.update();
		this.jdbc.batch("""
				insert into user_account_venue (organisation_id, user_id, venue_id) values (:tenant, :id, :venue)
				""", venues.stream().sorted().map((venue) -> Map.of("id", id.value(), "venue", venue)).toList());
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
				       u.must_change_password, u.password_hash, u.locked_until, u.person_id, o.default_locale,
				       o.time_zone
				  from user_account u join organisation o on o.id = u.organisation_id
				 where u.username = :username
				""").param("username", username.value()).query((row, number) -> {
			Timestamp lockedUntil = row.getTimestamp("locked_until");
			boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(now);
			return currentUser(row, locked, row.getString("password_hash"), Set.of());
		}).optional().map((user) -> withVenues(user, venuesForLogin(this.jdbc, user.userId())));
	}

	/**
	 * The venues of an account that is signing in or presenting a token, before its
	 * organisation is known: the account's id (unique across organisations) names the
	 * rows.
	 */
	static Set<UUID> venuesForLogin(TenantJdbc jdbc, UUID user) {
		return Set.copyOf(jdbc.crossTenant("select venue_id from user_account_venue where user_id = :user")
			.param("user", user)
			.query(UUID.class)
			.list());
	}

	static CurrentUser withVenues(CurrentUser user, Set<UUID> venues) {
		if (venues.isEmpty()) {
			return user;
		}
		return new CurrentUser(user.userId(), user.organisationId(), user.getUsername(), user.displayName(),
				user.roles(), user.organisationLocale(), user.timeZone(), user.isEnabled(), !user.isAccountNonLocked(),
				user.mustChangePassword(), user.getPassword(), user.personId().orElse(null), venues);
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

	static CurrentUser currentUser(ResultSet row, boolean locked, @Nullable String passwordHash, Set<UUID> venues)
			throws SQLException {
		return new CurrentUser(row.getObject("id", UUID.class),
				new OrganisationId(row.getObject("organisation_id", UUID.class)), row.getString("username"),
				row.getString("display_name"), roles(row.getString("roles")),
				Locale.forLanguageTag(row.getString("default_locale")), ZoneId.of(row.getString("time_zone")),
				row.getBoolean("enabled"), locked, row.getBoolean("must_change_password"), passwordHash,
				row.getObject("person_id", UUID.class), venues);
	}

	private static UserAccount account(ResultSet row, int number) throws SQLException {
		UUID person = row.getObject("person_id", UUID.class);
		String personRole = row.getString("person_role");
		return new UserAccount(new UserId(row.getObject("id", UUID.class)), row.getString("username"),
				row.getString("display_name"), row.getString("email"), roles(row.getString("roles")),
				row.getBoolean("enabled"), row.getBoolean("must_change_password"),
				row.getTimestamp("created_at").toInstant(), row.getInt("version"),
				new AccountLinks(person, (personRole != null) ? Role.valueOf(personRole) : null, Set.of()));
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
