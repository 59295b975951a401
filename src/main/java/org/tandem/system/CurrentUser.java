package org.tandem.system;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * organisation (tenant), roles, the organisation's language and time zone, and whom the
 * account stands for in the registry: the mentor or senior it is linked to and the venues
 * of a venue staff account (ids only), so that a module can answer "is this the mentor of
 * this session?" without reading the accounts. The password hash is only present while
 * the login form is being checked and is erased afterwards.
 * <p>
 * When an admin changes those links while the user is signed in, the browser session
 * keeps going and its next request sees the new links (the security filter that checks
 * every request's account against the database swaps the principal); a request with a
 * personal API token reads its account afresh anyway. Taking a role away, disabling the
 * account or resetting its password still ends the session.
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

	private final @Nullable UUID personId;

	private final Set<UUID> venueIds;

	private @Nullable String passwordHash;

	public CurrentUser(UUID userId, OrganisationId organisationId, String username, String displayName, Set<Role> roles,
			Locale organisationLocale, ZoneId timeZone, boolean enabled, boolean locked, boolean mustChangePassword,
			@Nullable String passwordHash) {
		this(userId, organisationId, username, displayName, roles, organisationLocale, timeZone, enabled, locked,
				mustChangePassword, passwordHash, null, Set.of());
	}

	public CurrentUser(UUID userId, OrganisationId organisationId, String username, String displayName, Set<Role> roles,
			Locale organisationLocale, ZoneId timeZone, boolean enabled, boolean locked, boolean mustChangePassword,
			@Nullable String passwordHash, @Nullable UUID personId, Set<UUID> venueIds) {
		this.personId = personId;
		this.venueIds = Set.copyOf(venueIds);
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

	/**
	 * The mentor or senior of the registry this account stands for, if an admin linked it
	 * to one: the {@code PersonId} of the people module.
	 */
	public Optional<UUID> personId() {
		return Optional.ofNullable(this.personId);
	}

	/** Whether this account stands for the given mentor or senior. */
	public boolean isPerson(UUID person) {
		return person.equals(this.personId);
	}

	/** The venues of a venue staff account: the {@code VenueId}s of the venues module. */
	public Set<UUID> venueIds() {
		return this.venueIds;
	}

	/** Whether the account stands for the same person and venues as the other. */
	public boolean sameLinksAs(CurrentUser other) {
		return Objects.equals(this.personId, other.personId) && this.venueIds.equals(other.venueIds);
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
