package org.tandem.system;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The signed-in user, the same whether they came through the login form or with a
 * personal API token. Carries what every request needs without another query: the
 * organisation (tenant), roles, and the organisation's language and time zone. The
 * password hash is only present while the login form is being checked and is erased
 * afterwards.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, OAuth2AuthenticatedPrincipal {

	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final OrganisationId organisationId;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final Locale organisationLocale;

	private final ZoneId timeZone;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private @Nullable String passwordHash;

	public CurrentUser(UUID userId, OrganisationId organisationId, String username, String displayName, Set<Role> roles,
			Locale organisationLocale, ZoneId timeZone, boolean enabled, boolean locked, boolean mustChangePassword,
			@Nullable String passwordHash) {
		this.userId = userId;
		this.organisationId = organisationId;
		this.username = username;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.organisationLocale = organisationLocale;
		this.timeZone = timeZone;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.passwordHash = passwordHash;
	}

	public UUID userId() {
		return this.userId;
	}

	public OrganisationId organisationId() {
		return this.organisationId;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public Locale organisationLocale() {
		return this.organisationLocale;
	}

	public ZoneId timeZone() {
		return this.timeZone;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getName() {
		return this.username;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("organisationId", this.organisationId.toString(), "userId", this.userId.toString(), "roles",
				List.copyOf(this.roles.stream().map(Role::name).toList()));
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && this.userId.equals(that.userId);
	}

	@Override
	public int hashCode() {
		return this.userId.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.userId + " in " + this.organisationId + "]";
	}

}
