package org.tandem.organisations;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tandem.system.CurrentUser;
import org.tandem.system.Role;

/**
 * An organisation with one user per role and a personal token for each, made through the
 * public API of the organisations module, with unique names so tests never collide.
 *
 * @param organisation the organisation
 * @param users one user per role
 * @param tokens a token secret per role
 * @param principals the signed-in form of each user
 */
public record TestOrganisation(Organisation organisation, Map<Role, UserAccount> users, Map<Role, String> tokens,
		Map<Role, CurrentUser> principals) {

	static final String PASSWORD = "correct horse battery staple";

	static TestOrganisation create(String name, Organisations organisations, Users users, ApiTokens tokens,
			AccountDetails accounts) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Organisation organisation = organisations.create(name + " " + suffix, Locale.forLanguageTag("sv"),
				ZoneId.of("Europe/Stockholm"));
		Map<Role, UserAccount> accountsByRole = new EnumMap<>(Role.class);
		Map<Role, String> secrets = new EnumMap<>(Role.class);
		Map<Role, CurrentUser> principals = new EnumMap<>(Role.class);
		organisations.actFor(organisation, () -> {
			for (Role role : Role.values()) {
				UserAccount user = users
					.registerWithPassword(new NewUser(new Username(role.name().toLowerCase(Locale.ROOT) + "-" + suffix),
							role.name() + " of " + name, null, Set.of(role)), PASSWORD);
				accountsByRole.put(role, user);
				secrets.put(role, tokens.issue(user.id(), "test", null).secret());
				principals.put(role, (CurrentUser) accounts.loadUserByUsername(user.username()));
			}
		});
		return new TestOrganisation(organisation, accountsByRole, secrets, principals);
	}

	public UserAccount user(Role role) {
		return this.users.get(role);
	}

	public String bearer(Role role) {
		return "Bearer " + this.tokens.get(role);
	}

	public CurrentUser principal(Role role) {
		return this.principals.get(role);
	}

}
