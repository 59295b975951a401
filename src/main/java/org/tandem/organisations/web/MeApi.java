package org.tandem.organisations.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;

/**
 * Who am I: the signed-in user (by session or token), their roles and organisation.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class MeApi {

	private final Organisations organisations;

	MeApi(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		Organisation organisation = this.organisations.current();
		return new Me(user.userId(), user.getUsername(), user.displayName(),
				user.roles().stream().sorted().map(Role::name).toList(),
				new Me.Org(organisation.id().value(), organisation.name(), organisation.defaultLocale().toLanguageTag(),
						organisation.timeZone().getId()),
				user.personId().orElse(null), user.venueIds().stream().sorted().toList());
	}

	/**
	 * @param personId the mentor or senior the account belongs to, if an admin linked it
	 * @param venueIds the venues of a venue staff account
	 */
	record Me(UUID id, String username, String displayName, List<String> roles, Org organisation,
			@Nullable UUID personId, List<UUID> venueIds) {

		record Org(UUID id, String name, String language, String timeZone) {
		}

	}

}
