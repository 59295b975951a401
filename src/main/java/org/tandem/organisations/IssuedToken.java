package org.tandem.organisations;

/**
 * A newly made token with its secret, shown once. Only a hash of the secret is kept.
 *
 * @param token the token as it will be listed
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[" + this.token.id() + "]";
	}

}
