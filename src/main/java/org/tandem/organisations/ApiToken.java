package org.tandem.organisations;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner sees it in a list: never the secret itself.
 *
 * @param id the token's id
 * @param name what the owner called it (for example "weekly export script")
 * @param prefix the first characters of the secret, to tell tokens apart
 * @param createdAt when it was made
 * @param expiresAt when it stops working, or {@code null} for never
 * @param lastUsedAt when it was last used, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 */
public record ApiToken(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}
