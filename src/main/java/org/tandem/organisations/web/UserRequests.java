package org.tandem.organisations.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.tandem.organisations.NewUser;
import org.tandem.organisations.UserChanges;
import org.tandem.organisations.Users;
import org.tandem.organisations.Username;
import org.tandem.system.Role;

/**
 * What the users API and the user pages accept, with the rules each field must meet.
 */
final class UserRequests {

	private UserRequests() {
	}

	/** A new user. */
	record Create(@NotBlank @Pattern(regexp = Username.PATTERN) String username,
			@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) @Nullable String email,
			@NotEmpty Set<Role> roles) {

		NewUser toNewUser() {
			return new NewUser(new Username(this.username), this.displayName, this.email, this.roles);
		}

	}

	/** An edit of an existing user, against the version the editor saw. */
	record Change(@NotNull Integer version, @NotBlank @Size(max = 200) String displayName,
			@Email @Size(max = 320) @Nullable String email, @NotEmpty Set<Role> roles, boolean enabled) {

		UserChanges toChanges() {
			return new UserChanges(this.version, this.displayName, this.email, this.roles, this.enabled);
		}

	}

	/** The mentor or senior an account belongs to. */
	record PersonLink(@NotNull UUID personId) {

	}

	/** The venues a venue staff account works at; none removes them all. */
	record VenueLinks(@NotNull @Size(max = Users.MAX_VENUES) List<@NotNull UUID> venueIds) {

	}

}
