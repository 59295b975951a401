package org.tandem.organisations;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.system.Role;

/**
 * What an admin gives to create a user.
 *
 * @param username the login name
 * @param displayName the name other people see
 * @param email an e-mail address, optional
 * @param roles at least one role
 */
public record NewUser(Username username, String displayName, @Nullable String email, Set<Role> roles) {

	public NewUser {
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
