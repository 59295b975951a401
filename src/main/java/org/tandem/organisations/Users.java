package org.tandem.organisations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.system.Role;

/**
 * The user accounts of the current organisation: create, edit roles, disable, and reset
 * passwords. Nothing here can reach another organisation's users.
 */
@Service
public class Users {

	static final int MAX_PAGE_SIZE = 200;

	private static final Logger log = LoggerFactory.getLogger(Users.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final TokenRepository tokens;

	Users(UserRepository users, PasswordEncoder passwordEncoder, Clock clock, TokenRepository tokens) {
		this.tokens = tokens;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates a user with a temporary password they must change at first sign-in.
	 * @throws UsernameTaken if any organisation already has this login name
	 */
	@Transactional
	public IssuedPassword register(NewUser newUser) {
		String temporary = Passwords.temporary();
		UserAccount account = insert(newUser, temporary, true);
		return new IssuedPassword(account, temporary);
	}

	/**
	 * Creates a user with a password chosen by the installer: the first admin of a new
	 * installation and the demo logins. Not for people created through the UI.
	 * @throws UsernameTaken if any organisation already has this login name
	 * @throws PasswordRefused if the password breaks the password rules
	 */
	@Transactional
	public UserAccount registerWithPassword(NewUser newUser, String password) {
		if (!Passwords.acceptable(password)) {
			throw PasswordRefused.tooWeak();
		}
		return insert(newUser, password, false);
	}

	private UserAccount insert(NewUser newUser, String password, boolean mustChange) {
		if (this.users.usernameExists(newUser.username())) {
			throw new UsernameTaken(newUser.username());
		}
		// Both databases keep microseconds; an account reads back exactly as it was made.
		Instant createdAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		UserAccount account = new UserAccount(new UserId(UUID.randomUUID()), newUser.username().value(),
				newUser.displayName().strip(), newUser.email(), newUser.roles(), true, mustChange, createdAt, 0);
		try {
			this.users.insert(account, this.passwordEncoder.encode(password), account.createdAt());
		}
		catch (DuplicateKeyException raced) {
			throw new UsernameTaken(newUser.username());
		}
		return account;
	}

	/**
	 * @throws UserNotFound if the current organisation has no such user
	 */
	public UserAccount find(UserId id) {
		return this.users.find(id).orElseThrow(() -> new UserNotFound(id));
	}

	/** Users whose name, login name or e-mail contains {@code search}, by name. */
	public UserPage page(String search, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int safePage = Math.max(0, page);
		long total = this.users.count(search);
		return new UserPage(this.users.page(search, safePage * safeSize, safeSize), safePage, safeSize, total);
	}

	/**
	 * Saves an admin's edit.
	 * @throws UserNotFound if the current organisation has no such user
	 * @throws OptimisticLockingFailureException if someone changed the user since
	 * {@code changes.version()}
	 * @throws LastAdminKept if the edit would leave no enabled admin
	 */
	@Transactional
	public UserAccount change(UserId id, UserChanges changes) {
		UserAccount before = find(id);
		boolean wasActiveAdmin = before.enabled() && before.roles().contains(Role.ADMIN);
		boolean staysActiveAdmin = changes.enabled() && changes.roles().contains(Role.ADMIN);
		if (wasActiveAdmin && !staysActiveAdmin && this.users.countEnabledAdmins() <= 1) {
			throw new LastAdminKept(changes.enabled() ? "roles" : "enabled");
		}
		if (!this.users.update(id, changes.version(), changes.displayName().strip(), changes.email(), changes.roles(),
				changes.enabled())) {
			throw new OptimisticLockingFailureException("User " + id + " changed since version " + changes.version());
		}
		return find(id);
	}

	/**
	 * Gives the user a new temporary password that they must replace at next sign-in, and
	 * lifts a lock-out. The user's API tokens are revoked with it: a reset is what an
	 * admin does when an account may be in the wrong hands, and a token would outlive the
	 * old password.
	 * @throws UserNotFound if the current organisation has no such user
	 */
	@Transactional
	public IssuedPassword resetPassword(UserId id) {
		find(id);
		String temporary = Passwords.temporary();
		this.users.setPassword(id, this.passwordEncoder.encode(temporary), true);
		this.tokens.revokeAllOf(id, this.clock.instant());
		log.info("Password reset for user {}", id);
		return new IssuedPassword(find(id), temporary);
	}

	/**
	 * The signed-in user replaces their own password.
	 * @throws PasswordRefused if the current password is wrong, or the new one breaks the
	 * rules or is the same as before
	 */
	@Transactional
	public void changeOwnPassword(UserId id, String currentPassword, String newPassword) {
		String hash = this.users.passwordHash(id).orElseThrow(() -> new UserNotFound(id));
		if (!this.passwordEncoder.matches(currentPassword, hash)) {
			throw PasswordRefused.wrongCurrentPassword();
		}
		if (!Passwords.acceptable(newPassword)) {
			throw PasswordRefused.tooWeak();
		}
		if (newPassword.equals(currentPassword)) {
			throw PasswordRefused.unchanged();
		}
		this.users.setPassword(id, this.passwordEncoder.encode(newPassword), false);
	}

}
