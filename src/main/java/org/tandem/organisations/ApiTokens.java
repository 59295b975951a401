package org.tandem.organisations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.system.CurrentUser;
import org.tandem.system.Sha256;

/**
 * Personal API tokens: a user makes one for a script, which then acts as that user with
 * that user's roles, in that user's organisation, until the token expires or is revoked.
 * Only a SHA-256 hash of the secret is stored (the secret has 256 random bits, so a slow
 * password hash would add nothing).
 */
@Service
public class ApiTokens {

	static final String SECRET_PREFIX = "tdm_";

	private final TokenRepository tokens;

	private final Clock clock;

	ApiTokens(TokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Makes a token for {@code owner}, valid for {@code validFor} or until revoked if
	 * {@code null}. The secret is in the answer and nowhere else.
	 */
	@Transactional
	public IssuedToken issue(UserId owner, String name, @Nullable Duration validFor) {
		return store(owner, name, validFor, SECRET_PREFIX + Sha256.newSecret());
	}

	/**
	 * Makes a token whose secret the caller chose. Only for the demo organisation, whose
	 * token is printed in the README so that the API can be tried at once.
	 */
	@Transactional
	public IssuedToken issueKnownSecret(UserId owner, String name, String secret) {
		if (!secret.startsWith(SECRET_PREFIX) || secret.length() < 32) {
			throw new IllegalArgumentException(
					"A token secret starts with " + SECRET_PREFIX + " and has 32+ characters");
		}
		return store(owner, name, null, secret);
	}

	private IssuedToken store(UserId owner, String name, @Nullable Duration validFor, String secret) {
		// Both databases keep microseconds; a token reads back exactly as it was made.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		ApiToken token = new ApiToken(UUID.randomUUID(), name.strip(), secret.substring(0, SECRET_PREFIX.length() + 6),
				now, (validFor != null) ? now.plus(validFor) : null, null, null);
		this.tokens.insert(owner, token, Sha256.hex(secret));
		return new IssuedToken(token, secret);
	}

	/** The owner's tokens, newest first, revoked and expired ones included. */
	public List<ApiToken> ownedBy(UserId owner) {
		return this.tokens.ownedBy(owner);
	}

	/**
	 * Stops a token from working, at once.
	 * @throws TokenNotFound if the owner has no such token
	 */
	@Transactional
	public void revoke(UserId owner, UUID id) {
		if (!this.tokens.revoke(owner, id, this.clock.instant()) && !this.tokens.exists(owner, id)) {
			throw new TokenNotFound(id);
		}
	}

	/** Revokes every token of a user, for example when they leave. Answers how many. */
	@Transactional
	public int revokeAll(UserId owner) {
		return this.tokens.revokeAllOf(owner, this.clock.instant());
	}

	/** The user a presented secret stands for, if it is live. */
	Optional<CurrentUser> authenticate(String secret) {
		if (!secret.startsWith(SECRET_PREFIX)) {
			return Optional.empty();
		}
		String hash = Sha256.hex(secret);
		Instant now = this.clock.instant();
		Optional<CurrentUser> user = this.tokens.authenticate(hash, now);
		user.ifPresent((found) -> this.tokens.markUsed(hash, now));
		return user;
	}

}
