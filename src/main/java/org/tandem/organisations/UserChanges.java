package org.tandem.organisations;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.system.Role;

/**
 * An admin's edit of a user, made against the version they saw.
 *
 * @param version the version the admin saw; a stale edit is refused
 * @param displayName the name other people see
 * @param email an e-mail address, optional
 * @param roles at least one role
 * @param enabled whether the user may sign in
 */
public record UserChanges(int version, String displayName, @Nullable String email, Set<Role> roles, boolean enabled) {

	public UserChanges {
		if (displayName.isBlank()) {
			throw new IllegalArgumentException("A user needs a name");
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
		roles = Set.copyOf(roles);
		email = (email == null || email.isBlank()) ? null : email.strip();
	}

}
