package org.tandem.organisations;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.system.Role;

/**
 * A read-only view of a user account: never the password hash.
 *
 * @param id the account's id
 * @param username the name used to sign in
 * @param displayName the name other people see
 * @param email an e-mail address, if given
 * @param roles what the user may do
 * @param enabled whether the user may sign in
 * @param mustChangePassword whether the next sign-in must choose a new password
 * @param createdAt when the account was created
 * @param version the version an edit must name, so a stale edit is refused
 * @param links the mentor, senior or venues the account stands for; a change of links
 * leaves the version alone, so it never makes an open edit of the account stale
 */
public record UserAccount(UserId id, String username, String displayName, @Nullable String email, Set<Role> roles,
		boolean enabled, boolean mustChangePassword, Instant createdAt, int version, AccountLinks links) {

	/** An account that is linked to nobody. */
	public UserAccount(UserId id, String username, String displayName, @Nullable String email, Set<Role> roles,
			boolean enabled, boolean mustChangePassword, Instant createdAt, int version) {
		this(id, username, displayName, email, roles, enabled, mustChangePassword, createdAt, version,
				AccountLinks.NONE);
	}

}
