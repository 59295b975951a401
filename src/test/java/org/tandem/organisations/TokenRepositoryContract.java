package org.tandem.organisations;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api_token table, as both databases must behave.
 */
abstract class TokenRepositoryContract extends RepositoryContract {

	Organisation umea;

	UserAccount owner;

	@BeforeEach
	void anOwner() {
		this.umea = newOrganisation("Umeå " + unique("org"));
		this.owner = newUser(this.umea, "karin", "Karin", Role.COORDINATOR);
	}

	ApiToken store(String hash, Duration validFor) {
		ApiToken token = new ApiToken(UUID.randomUUID(), "script", "tdm_abcdef", NOW, NOW.plus(validFor), null, null);
		this.tenancy.runAs(this.umea.id(), () -> this.tokens.insert(this.owner.id(), token, hash));
		return token;
	}

	@Test
	void authenticatesALiveTokenAsItsOwner() {
		String hash = unique("hash");
		store(hash, Duration.ofDays(1));

		CurrentUser user = this.tokens.authenticate(hash, NOW).orElseThrow();

		assertThat(user.userId()).isEqualTo(this.owner.id().value());
		assertThat(user.organisationId()).isEqualTo(this.umea.id());
		assertThat(user.getPassword()).isNull();
	}

	@Test
	void refusesExpiredAndRevokedTokens() {
		String expiring = unique("hash");
		store(expiring, Duration.ofHours(1));
		String revoked = unique("hash");
		ApiToken token = store(revoked, Duration.ofDays(1));
		this.tenancy.runAs(this.umea.id(), () -> this.tokens.revoke(this.owner.id(), token.id(), NOW));

		assertThat(this.tokens.authenticate(expiring, NOW.plus(Duration.ofHours(2)))).isEmpty();
		assertThat(this.tokens.authenticate(revoked, NOW)).isEmpty();
	}

	@Test
	void refusesTheTokensOfADisabledUser() {
		String hash = unique("hash");
		store(hash, Duration.ofDays(1));
		this.tenancy.runAs(this.umea.id(),
				() -> this.users.update(this.owner.id(), 0, "Karin", null, Set.of(Role.COORDINATOR), false));

		assertThat(this.tokens.authenticate(hash, NOW)).isEmpty();
	}

	@Test
	void anotherOrganisationCanNeitherListNorRevokeATokens() {
		ApiToken token = store(unique("hash"), Duration.ofDays(1));
		Organisation other = newOrganisation("Other " + unique("org"));

		boolean revoked = this.tenancy.callAs(other.id(), () -> this.tokens.revoke(this.owner.id(), token.id(), NOW));

		assertThat(revoked).isFalse();
		assertThat(this.tenancy.callAs(other.id(), () -> this.tokens.ownedBy(this.owner.id()))).isEmpty();
		assertThat(this.tenancy.callAs(this.umea.id(), () -> this.tokens.ownedBy(this.owner.id())))
			.extracting(ApiToken::id)
			.containsExactly(token.id());
	}

}
