package org.tandem.organisations.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.organisations.IssuedPassword;
import org.tandem.organisations.UserAccount;
import org.tandem.organisations.UserPage;
import org.tandem.system.Role;

/**
 * A user as the JSON API shows it: ids as plain UUIDs, like every other resource, and no
 * password hash or anything else the account keeps for itself.
 *
 * @param id the user's id
 * @param username what they sign in with
 * @param displayName their name as others see it
 * @param email their e-mail address, if known
 * @param roles what they may do
 * @param enabled whether they may sign in
 * @param mustChangePassword whether their next sign-in asks for a new password
 * @param createdAt when the account was made
 * @param version the version to send back with a change
 * @param personId the mentor or senior the account belongs to, if linked
 * @param personRole the role that link is for ({@code MENTOR} or {@code SENIOR}), if
 * linked
 * @param venueIds the venues of a venue staff account
 */
record UserResource(UUID id, String username, String displayName, @Nullable String email, Set<Role> roles,
		boolean enabled, boolean mustChangePassword, Instant createdAt, int version, @Nullable UUID personId,
		@Nullable Role personRole, List<UUID> venueIds) {

	static UserResource of(UserAccount account) {
		return new UserResource(account.id().value(), account.username(), account.displayName(), account.email(),
				account.roles(), account.enabled(), account.mustChangePassword(), account.createdAt(),
				account.version(), account.links().person(), account.links().personRole(),
				account.links().venues().stream().sorted().toList());
	}

	/** One page of users. */
	record Page(List<UserResource> items, int page, int size, long totalItems, int totalPages) {

		static Page of(UserPage page) {
			return new Page(page.items().stream().map(UserResource::of).toList(), page.page(), page.size(),
					page.totalItems(), page.totalPages());
		}

	}

	/** A new or reset password, shown this once beside the account it belongs to. */
	record Issued(UserResource account, String temporaryPassword) {

		static Issued of(IssuedPassword issued) {
			return new Issued(UserResource.of(issued.account()), issued.temporaryPassword());
		}

		@Override
		public String toString() {
			return "Issued[" + this.account.id() + "]";
		}

	}

}
